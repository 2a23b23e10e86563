package dev.showroom.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.events.EventDispatcher;
import dev.showroom.platform.sample.SampleConsumer;
import dev.showroom.testing.KafkaBroker;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Events applied in batches (EventDispatcher, EventInbox.applyAll). The events of each test are produced in one
 * go (one producer batch, so one record batch on the broker, which one fetch returns whole): the consumer takes
 * them in one poll. sample_effect records the transaction (txid) and the order (seq) of each effect.
 */
@QuarkusTest
@Order(4)
class BatchTest {

    record Sent(String id, String key, String text) {}

    @Test
    void aBatchOfOnePartitionIsAppliedInOneTransactionInOrder() throws Exception {
        String run = "batch-" + UUID.randomUUID();
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sent.add(new Sent(UUID.randomUUID().toString(), run, run + "-" + i));
        }
        caughtUp(run);
        produceTogether(sent);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text like ?", run + "-%") == 50);
        assertEquals(
                1,
                count("select count(distinct tx) from sample_effect where text like ?", run + "-%"),
                "one transaction");
        assertEquals(
                1,
                count(
                        "select count(distinct processed_at) from processed_event where consumer = 'platform-test' and event_id in "
                                + "(select event_id from sample_effect where text like ?)",
                        run + "-%"),
                "the inbox rows in the same transaction");
        assertEquals(texts(sent), appliedInOrder(run + "-%"), "in the order of the partition");
    }

    @Test
    void aRedeliveredBatchChangesNothing() throws Exception {
        String run = "again-" + UUID.randomUUID();
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(new Sent(UUID.randomUUID().toString(), run, run + "-" + i));
        }
        produceTogether(sent);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text like ?", run + "-%") == 20);

        // the same batch again (a consumer that died before committing its offsets), and one new event after it
        List<Sent> again = new ArrayList<>(sent);
        Sent marker = new Sent(UUID.randomUUID().toString(), run, "marker-" + run);
        again.add(marker);
        produceTogether(again);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text = ?", marker.text()) == 1);

        assertEquals(
                20, count("select count(*) from sample_effect where text like ?", run + "-%"), "nothing applied twice");
        assertEquals(texts(sent), appliedInOrder(run + "-%"));
    }

    @Test
    void aPoisonInTheMiddleOfABatchGoesAloneToTheDeadLetterTopicAndTheRestIsAppliedInOrderPerKey() throws Exception {
        String run = "middle-" + UUID.randomUUID();
        String[] keys = {run + "-a", run + "-b"};
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            sent.add(new Sent(UUID.randomUUID().toString(), keys[i % 2], i == 10 ? "poison" : run + "-" + i));
        }
        produceTogether(sent);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text like ?", run + "-%") == 20);
        List<ConsumerRecord<String, String>> dead = TestEvents.awaitCount(
                "platform-test.dlq", r -> r.key() != null && r.key().startsWith(run), 1, Duration.ofSeconds(30));
        // a moment for a wrong second dead letter to arrive
        Thread.sleep(2000);
        dead = TestEvents.all(
                "platform-test.dlq", r -> r.key() != null && r.key().startsWith(run));
        assertEquals(1, dead.size(), "only the poison is dead-lettered");
        ConsumerRecord<String, String> letter = dead.get(0);
        assertEquals(sent.get(10).id(), TestEvents.header(letter, "ce_id"), "the record as it came, headers kept");
        assertTrue(TestEvents.header(letter, "dead-letter-reason").contains("poison"));
        assertEquals("sample.in", TestEvents.header(letter, "dead-letter-topic"));
        assertEquals(
                "dev.showroom.platform.events.PoisonEventException",
                TestEvents.header(letter, "dead-letter-exception-class-name"));
        assertTrue(TestEvents.header(letter, "dead-letter-offset") != null
                && TestEvents.header(letter, "dead-letter-partition") != null);

        for (String key : keys) {
            List<String> expected = sent.stream()
                    .filter(s -> s.key().equals(key) && !s.text().equals("poison"))
                    .map(Sent::text)
                    .toList();
            List<String> applied = appliedInOrder(run + "-%").stream()
                    .filter(expected::contains)
                    .toList();
            assertEquals(expected, applied, "order per key");
        }
    }

    @Test
    void aSetBasedHandlerTakesTheNewEventsOfABatchTogetherInTheirOrder() throws Exception {
        String run = "together-" + UUID.randomUUID();
        List<Sent> earlier = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            earlier.add(new Sent(UUID.randomUUID().toString(), run, run + "-" + i));
        }
        produceTogether("sample.together", earlier);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text like ?", run + "-%") == 5);

        // the five again (a redelivery) with 25 new ones after them, in one batch
        SampleConsumer.TOGETHER.clear();
        List<Sent> sent = new ArrayList<>(earlier);
        for (int i = 5; i < 30; i++) {
            sent.add(new Sent(UUID.randomUUID().toString(), run, run + "-" + i));
        }
        produceTogether("sample.together", sent);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text like ?", run + "-%") == 30);

        assertEquals(List.of(25), SampleConsumer.TOGETHER, "one call with the new events only");
        assertEquals(texts(sent), appliedInOrder(run + "-%"), "each once, in the order of the partition");
        assertEquals(
                1,
                count(
                        "select count(distinct tx) from sample_effect where text like ? and text not in " + "('" + run
                                + "-0','" + run + "-1','" + run + "-2','" + run + "-3','" + run + "-4')",
                        run + "-%"),
                "one transaction");
    }

    @Test
    void aPoisonInASetBasedBatchGoesAloneToTheDeadLetterTopicAndTheRestIsAppliedOneByOneInOrder() throws Exception {
        String run = "together-poison-" + UUID.randomUUID();
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            sent.add(new Sent(UUID.randomUUID().toString(), run, i == 5 ? "poison" : run + "-" + i));
        }
        SampleConsumer.TOGETHER.clear();
        produceTogether("sample.together", sent);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text like ?", run + "-%") == 10);
        List<ConsumerRecord<String, String>> dead =
                TestEvents.awaitCount("platform-test.dlq", r -> run.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertEquals(sent.get(5).id(), TestEvents.header(dead.get(0), "ce_id"));
        assertEquals(
                sent.stream().map(Sent::text).filter(t -> !t.equals("poison")).toList(),
                appliedInOrder(run + "-%"),
                "in their order");
        // the batch's call failed; then each event alone, in a list of one
        assertEquals(11, SampleConsumer.TOGETHER.get(0));
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), SampleConsumer.TOGETHER.subList(1, 12));
    }

    @Inject
    EventDispatcher dispatcher;

    /**
     * A poll that brings events of several partitions (a capture's lead.created, lead.contact and lead.assigned
     * are on three topics) applies each dealer's in one transaction, not one per partition: partition after
     * partition, each in its order, each event's inbox row under its own topic. Given to the dispatcher as
     * the connector would (one fetch returning several partitions cannot be forced from a producer).
     */
    @Test
    void aPollOfSeveralPartitionsIsAppliedInOneTransactionPerDealer() throws Exception {
        String run = "poll-" + UUID.randomUUID();
        Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new LinkedHashMap<>();
        byPartition.put(
                new TopicPartition("sample.in", 0),
                List.of(
                        record("sample.in", 0, "dealer-1", run + "-in-0"),
                        record("sample.in", 0, "dealer-2", run + "-other-0"),
                        record("sample.in", 0, "dealer-1", run + "-in-1")));
        byPartition.put(
                new TopicPartition("sample.together", 1),
                List.of(
                        record("sample.together", 1, "dealer-1", run + "-together-0"),
                        record("sample.together", 1, "dealer-1", run + "-together-1")));

        dispatcher.onEvents(new ConsumerRecords<>(byPartition));

        assertEquals(
                List.of(run + "-in-0", run + "-in-1", run + "-together-0", run + "-together-1", run + "-other-0"),
                appliedInOrder(run + "-%"),
                "dealer by dealer, partition after partition, each in its order");
        assertEquals(
                1,
                count(
                        "select count(distinct tx) from sample_effect where text like ? and text not like '%-other-%'",
                        run + "-%"),
                "dealer-1's events of both partitions in one transaction");
        assertEquals(
                2,
                count("select count(distinct tx) from sample_effect where text like ?", run + "-%"),
                "dealer-2's in another");
        assertEquals(
                2,
                count(
                        "select count(*) from processed_event where consumer = 'platform-test' and topic = 'sample.together' "
                                + "and event_id in (select event_id from sample_effect where text like ?)",
                        run + "-together-%"),
                "each inbox row under its own topic");
    }

    /**
     * A dealer's events of a poll are applied key by key (a lead's events of four topics one after another, so that
     * the session's copy of the lead serves all of them), each key's in its order: partition after partition, each
     * partition's in its order. Before, the poll was applied partition after partition, keys interleaved.
     */
    @Test
    void aPollIsAppliedKeyByKeyEachKeyInItsOrder() throws Exception {
        String run = "keys-" + UUID.randomUUID();
        String a = run + "-a";
        String b = run + "-b";
        Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new LinkedHashMap<>();
        byPartition.put(
                new TopicPartition("sample.in", 0),
                List.of(
                        record("sample.in", 0, a, "dealer-1", a + "1"),
                        record("sample.in", 0, b, "dealer-1", b + "1"),
                        record("sample.in", 0, a, "dealer-1", a + "2")));
        byPartition.put(
                new TopicPartition("sample.in", 1),
                List.of(
                        record("sample.in", 1, b, "dealer-1", b + "2"),
                        record("sample.in", 1, a, "dealer-1", a + "3")));

        dispatcher.onEvents(new ConsumerRecords<>(byPartition));

        assertEquals(
                List.of(a + "1", a + "2", a + "3", b + "1", b + "2"),
                appliedInOrder(run + "-%"),
                "key by key, each key's events partition after partition, each partition's in its order");
        assertEquals(
                1,
                count("select count(distinct tx) from sample_effect where text like ?", run + "-%"),
                "in one transaction");
    }

    private static long offsets = 1_000_000;

    private static ConsumerRecord<String, String> record(String topic, int partition, String dealer, String text) {
        return record(topic, partition, text, dealer, text);
    }

    private static ConsumerRecord<String, String> record(
            String topic, int partition, String key, String dealer, String text) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(
                topic, partition, offsets++, key, "{\"dealerId\":\"" + dealer + "\",\"text\":\"" + text + "\"}");
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "showroom.sample.in.v1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/showroom/test".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * One event of {@code key} applied: whatever came before it in its partition (another test's poison, which
     * makes its batch fall back to one event at a time) has been dealt with.
     */
    private static void caughtUp(String key) throws Exception {
        String text = "caught-up-" + UUID.randomUUID();
        TestEvents.send("sample.in", key, "{\"dealerId\":\"dealer-1\",\"text\":\"" + text + "\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from sample_effect where text = ?", text) == 1);
    }

    private static List<String> texts(List<Sent> sent) {
        return sent.stream().map(Sent::text).toList();
    }

    private static void produceTogether(List<Sent> events) {
        produceTogether("sample.in", events);
    }

    /** Sends the events in one producer batch, with the CloudEvents headers the outbox relay writes. */
    private static void produceTogether(String topic, List<Sent> events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "200");
        // all in one record batch (with their headers, 50 events are more than the default 16 KiB)
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "1048576");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (Sent e : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(
                        topic, e.key(), "{\"dealerId\":\"dealer-1\",\"text\":\"" + e.text() + "\"}");
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", e.id());
                header(record, "ce_type", "showroom.sample.in.v1");
                header(record, "ce_source", "/showroom/test");
                header(record, "ce_time", Instant.now().toString());
                header(record, "correlation-id", "test-" + e.id());
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> appliedInOrder(String like) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("select text from sample_effect where text like ? order by seq")) {
            ps.setString(1, like);
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        }
    }

    private static int count(String sql, String parameter) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
