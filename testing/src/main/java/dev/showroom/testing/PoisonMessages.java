package dev.showroom.testing;

import static org.awaitility.Awaitility.await;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Poison on a consumed topic: four records the consumer cannot read, then a valid event, all with one key
 * (one partition, so in this order). The four must land in {@code <consumer>.dlq} naming the topic and the
 * reason, and the valid one after them must be applied (its ce_id recorded by the consumer's inbox).
 *
 * <pre>
 * PoisonMessages.assertDeadLetteredThenApplied("visit-service", "lead.created", leadId, validLeadCreatedJson);
 * </pre>
 */
public final class PoisonMessages {

    /** No ce_id header; not JSON; JSON of the wrong shape; a payload without its dealer. */
    public static final int POISONS = 4;

    private PoisonMessages() {
    }

    public static void assertDeadLetteredThenApplied(String consumer, String topic, String key, String validJson) {
        TestEvents.sendRaw(new ProducerRecord<>(topic, key, validJson));
        TestEvents.send(topic, key, "this is not json");
        TestEvents.send(topic, key, "[1,2,3]");
        TestEvents.send(topic, key, "{\"note\":\"no dealer\"}");
        String valid = TestEvents.send(topic, key, validJson);

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(consumer, valid));
        List<ConsumerRecord<String, String>> dead = TestEvents.awaitCount(consumer + ".dlq",
                r -> key.equals(r.key()) && topic.equals(TestEvents.header(r, "dead-letter-topic")), POISONS,
                Duration.ofSeconds(30));
        if (dead.size() != POISONS) {
            throw new AssertionError(dead.size() + " dead letters for " + topic + " key " + key + ", expected " + POISONS);
        }
        for (ConsumerRecord<String, String> r : dead) {
            if (TestEvents.header(r, "dead-letter-reason") == null) {
                throw new AssertionError("a dead letter of " + topic + " without its reason");
            }
        }
    }

    /** True once the consumer's inbox has recorded the event (in the same transaction as its effect). */
    static boolean applied(String consumer, String eventId) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("select count(*) from processed_event where consumer = ? and event_id = ?")) {
            ps.setString(1, consumer);
            ps.setString(2, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
