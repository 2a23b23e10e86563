package dev.showroom.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes the test broker's topics the way another service would: waits for a published
 * event (reading from the earliest offset, so nothing is missed), and sends events, well formed or
 * poisonous, for consumer tests.
 */
public final class TestEvents {

    private static KafkaProducer<String, String> producer;

    private TestEvents() {}

    /** The first record on the topic that matches, or AssertionError after the timeout. */
    public static ConsumerRecord<String, String> await(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        List<ConsumerRecord<String, String>> found = awaitCount(topic, match, 1, timeout);
        return found.get(0);
    }

    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match) {
        return await(topic, match, Duration.ofSeconds(20));
    }

    /** Waits until at least {@code count} matching records are on the topic; returns all that match. */
    public static List<ConsumerRecord<String, String>> awaitCount(
            String topic, Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> matched = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(r)) {
                        matched.add(r);
                    }
                }
                if (matched.size() >= count) {
                    return matched;
                }
            }
            throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + ", found " + matched.size());
        }
    }

    /**
     * Waits until a record of each of {@code keys} is on the topic and returns the keys seen. A key published twice
     * (at-least-once: a send the broker took but did not confirm is sent again) counts once; a count of records would
     * be reached by such duplicates before the last keys arrive.
     */
    public static Set<String> awaitKeys(String topic, Set<String> keys, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Set<String> seen = new HashSet<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(r.key())) {
                        seen.add(r.key());
                    }
                }
                if (seen.size() == keys.size()) {
                    return seen;
                }
            }
            Set<String> missing = new HashSet<>(keys);
            missing.removeAll(seen);
            throw new AssertionError("no record on " + topic + " within " + timeout + " for " + missing.size() + " of "
                    + keys.size() + " keys: " + missing);
        }
    }

    /** Every matching record now on the topic (reads to the end once). */
    public static List<ConsumerRecord<String, String>> all(
            String topic, Predicate<ConsumerRecord<String, String>> match) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions =
                    partitions(consumer, topic, Instant.now().plusSeconds(20));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> matched = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(r)) {
                        matched.add(r);
                    }
                }
            }
            return matched;
        }
    }

    /** The topic's partitions, waiting for a topic that the first publish is still creating. */
    private static List<TopicPartition> partitions(
            KafkaConsumer<String, String> consumer, String topic, Instant deadline) {
        while (true) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("topic " + topic + " does not exist");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Sends an event the way the outbox relay does (CloudEvents binary headers); returns its ce_id. */
    public static String send(String topic, String key, String json) {
        String id = UUID.randomUUID().toString();
        send(topic, key, json, id);
        return id;
    }

    /** Sends an event with a given ce_id (send it twice to test redelivery). */
    public static void send(String topic, String key, String json, String ceId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", ceId);
        header(
                record,
                "ce_type",
                ContractTopics.channels().containsKey(topic)
                        ? ContractTopics.ceType(topic)
                        : "showroom." + topic + ".v1");
        header(record, "ce_source", "/showroom/test");
        header(record, "ce_time", Instant.now().toString());
        header(record, "correlation-id", "test-" + ceId);
        sendRaw(record);
    }

    /**
     * A record as the broker would deliver it, with the headers {@link #send} writes, not sent: for a test that
     * hands a batch to the inbox itself ({@code EventInbox.prepare}, {@code applyAll}).
     */
    public static ConsumerRecord<String, String> record(String topic, String key, String json) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, System.nanoTime(), key, json);
        String id = UUID.randomUUID().toString();
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", ContractTopics.ceType(topic).getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/showroom/test".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * The records of a lead capture as lead-service announces them (lead.created by li.wei, lead.contact, then
     * lead.assigned to zhou.min), keyed by the lead, not sent.
     */
    public static List<ConsumerRecord<String, String>> capture(String dealer, UUID lead, String name, String phone) {
        String ids = "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + dealer + "\",";
        return List.of(
                record(
                        "lead.created",
                        lead.toString(),
                        ids
                                + "\"channel\":\"WALK_IN\",\"consultantId\":\"li.wei\",\"createdAt\":\"2026-12-06T08:00:00Z\"}"),
                record(
                        "lead.contact",
                        lead.toString(),
                        ids + "\"name\":\"" + name + "\",\"phone\":\"" + phone
                                + "\",\"updatedAt\":\"2026-12-06T08:00:00Z\"}"),
                record(
                        "lead.assigned",
                        lead.toString(),
                        ids
                                + "\"consultantId\":\"zhou.min\",\"previousConsultantId\":\"li.wei\","
                                + "\"assignedAt\":\"2026-12-06T08:00:01Z\"}"));
    }

    /** Sends anything, for poison-message tests. */
    public static void sendRaw(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + record.topic(), e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props);
    }
}
