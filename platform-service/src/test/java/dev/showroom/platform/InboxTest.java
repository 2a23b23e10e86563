package dev.showroom.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Order(3)
class InboxTest {

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String text = "once-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        String json = "{\"dealerId\":\"dealer-1\",\"text\":\"" + text + "\"}";
        TestEvents.send("sample.in", "k1", json, id);
        TestEvents.send("sample.in", "k1", json, id);
        String marker = "after-" + UUID.randomUUID();
        TestEvents.send("sample.in", "k1", "{\"dealerId\":\"dealer-1\",\"text\":\"" + marker + "\"}");
        // same key, same partition: once the marker is applied both copies have been seen
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
        assertEquals(1, effects(text));
    }

    @Test
    void anEventThatCollidesWithAConcurrentWriteIsTriedAgainNotDeadLettered() throws Exception {
        String key = "collide-" + UUID.randomUUID();
        String text = "collide-" + UUID.randomUUID();
        TestEvents.send("sample.in", key, "{\"dealerId\":\"dealer-1\",\"text\":\"" + text + "\"}");
        String marker = "after-" + UUID.randomUUID();
        TestEvents.send("sample.in", key, "{\"dealerId\":\"dealer-1\",\"text\":\"" + marker + "\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
        assertEquals(1, effects(text));
        assertTrue(TestEvents.all("platform-test.dlq", r -> key.equals(r.key())).isEmpty());
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextIsApplied() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        ProducerRecord<String, String> noEnvelope =
                new ProducerRecord<>("sample.in", key, "{\"dealerId\":\"dealer-1\",\"text\":\"x\"}");
        TestEvents.sendRaw(noEnvelope);
        TestEvents.send("sample.in", key, "this is not json");
        TestEvents.send("sample.in", key, "{\"dealerId\":\"dealer-1\",\"text\":\"poison\"}");
        String next = "next-" + UUID.randomUUID();
        TestEvents.send("sample.in", key, "{\"dealerId\":\"dealer-1\",\"text\":\"" + next + "\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
        var dead = TestEvents.awaitCount("platform-test.dlq", r -> key.equals(r.key()), 3, Duration.ofSeconds(30));
        assertEquals(3, dead.size());
        for (ConsumerRecord<String, String> r : dead) {
            String reason = TestEvents.header(r, "dead-letter-reason");
            assertNotNull(reason, "the error travels in the headers");
            assertEquals("sample.in", TestEvents.header(r, "dead-letter-topic"));
        }
        assertTrue(TestEvents.header(dead.get(2), "dead-letter-reason").contains("poison"));
    }

    static int effects(String text) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("select count(*) from sample_effect where text = ?")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
