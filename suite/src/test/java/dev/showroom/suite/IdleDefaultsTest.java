package dev.showroom.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the developer's suite runs by default so that it costs little while nobody uses it. */
class IdleDefaultsTest {

    @Test
    void oneKafkaConsumerPerServiceUnlessTheEnvironmentAsksForMore() {
        assertEquals("1", Suite.consumerConcurrency(null));
        assertEquals("1", Suite.consumerConcurrency(" "));
        assertEquals("3", Suite.consumerConcurrency("3"));
        assertEquals("3", Suite.consumerConcurrency(" 3 "));
    }

    @Test
    void theBrokerHasThreadsForTwoCoresNotForAProductionCluster() {
        List<String> lines = List.of(new Kafka(Path.of("/tmp/showroom-test"), 9092, 9093, "")
                .serverProperties()
                .split("\n"));
        for (String expected : List.of(
                "num.io.threads=2", "num.network.threads=1", "background.threads=2", "group.coordinator.threads=1")) {
            assertTrue(lines.contains(expected), expected + " in " + lines);
        }
        // the partitions stay: they are what replicas (and CONSUMER_CONCURRENCY=3) share
        assertTrue(lines.contains("num.partitions=" + Kafka.PARTITIONS), lines.toString());
    }
}
