package dev.showroom.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.events.OutboxRelay;
import dev.showroom.testing.KafkaBroker;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A send that fails in the middle of a batch, against the real broker: the topic refuses records over
 * 20,000 bytes and one event of key "b" is larger. The relay must hold back b's later events until that
 * one goes out, so that every key's events are on the topic in the order they were written.
 */
@QuarkusTest
@Order(3)
class RelayFaultTest {

    record Padded(String dealerId, int n, String pad) {}

    static final List<String> KEYS = List.of("a", "b", "c");
    static final int PER_KEY = 10;
    static final int REFUSED = 3; // b's fourth event

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void aSendFailingMidBatchHoldsBackThatKeysLaterEventsAndEveryKeyKeepsItsOrderOnTheTopic() throws Exception {
        String topic = "sample.relay-fault-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, KafkaBroker.PARTITIONS, (short) 1)
                            .configs(Map.of("max.message.bytes", "20000", "min.insync.replicas", "1"))))
                    .all()
                    .get();

            // one transaction, keys interleaved: one batch of the relay
            QuarkusTransaction.requiringNew().run(() -> {
                for (int n = 0; n < PER_KEY; n++) {
                    for (String key : KEYS) {
                        String pad = key.equals("b") && n == REFUSED ? "x".repeat(40_000) : "";
                        outbox.publish(topic, key, null, new Padded("dealer-1", n, pad));
                    }
                }
            });
            // the fault happened: a's and c's events all went out, b's up to the refused one
            int sentBeforeFault = 2 * PER_KEY + REFUSED;
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> count(topic, "published_at is not null") >= sentBeforeFault);
            relay.drain(); // another run changes nothing: b's refused event is refused again
            assertEquals(sentBeforeFault, count(topic, "published_at is not null"), "marked sent");
            assertEquals(
                    PER_KEY - REFUSED,
                    count(topic, "published_at is null and event_key = 'b'"),
                    "b's refused event and every later one of b wait");
            assertEquals(
                    List.of(0, 1, 2), firstSeen(topic).get("b"), "nothing of b after the refused one on the topic");

            // the fault ends: the broker takes large records again; the rest goes out in order
            admin.incrementalAlterConfigs(Map.of(
                            new ConfigResource(ConfigResource.Type.TOPIC, topic),
                            List.of(new AlterConfigOp(
                                    new ConfigEntry("max.message.bytes", "1048588"), AlterConfigOp.OpType.SET))))
                    .all()
                    .get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(topic, "published_at is null") == 0);
        List<Integer> inOrder = new ArrayList<>();
        for (int n = 0; n < PER_KEY; n++) {
            inOrder.add(n);
        }
        Map<String, List<Integer>> seen = firstSeen(topic);
        for (String key : KEYS) {
            assertEquals(inOrder, seen.get(key), "the order of " + key + "'s events on the topic");
        }
    }

    /** Per key, the event numbers in the order they first appear on the topic (a resent copy counts once). */
    private static Map<String, List<Integer>> firstSeen(String topic) {
        Map<String, Set<Integer>> seen = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : TestEvents.all(topic, r -> true)) {
            seen.computeIfAbsent(r.key(), k -> new LinkedHashSet<>())
                    .add(Integer.parseInt(r.value().replaceAll(".*\"n\":(\\d+).*", "$1")));
        }
        Map<String, List<Integer>> lists = new LinkedHashMap<>();
        seen.forEach((key, ns) -> lists.put(key, List.copyOf(ns)));
        return lists;
    }

    private static long count(String topic, String where) throws Exception {
        try (var c = Postgres.get().connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("select count(*) from outbox_event where topic = '" + topic + "' and " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        return Admin.create(props);
    }
}
