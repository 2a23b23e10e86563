package dev.showroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Topics and ACLs match the AsyncAPI document (dev.showroom:contracts): nothing missing, nothing extra. */
class KafkaAccessTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** topic address to producer, and to consumers. */
    static final Map<String, String> PRODUCER = new HashMap<>();

    static final Map<String, Set<String>> CONSUMERS = new HashMap<>();
    /** Topics the contract declares compacted (Kafka binding cleanup.policy). */
    static final Set<String> COMPACTED = new TreeSet<>();

    @BeforeAll
    static void readContract() throws IOException {
        try (InputStream in = KafkaAccessTest.class.getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            assertNotNull(in, "contracts/asyncapi.yaml on the classpath (dev.showroom:contracts)");
            JsonNode channels = Rendered.YAML.readTree(in).path("channels");
            channels.forEach(c -> {
                String topic = c.path("address").asText();
                PRODUCER.put(topic, c.path("x-producer").asText());
                CONSUMERS.put(
                        topic,
                        StreamSupport.stream(c.path("x-consumers").spliterator(), false)
                                .map(JsonNode::asText)
                                .collect(Collectors.toSet()));
                if (c.at("/bindings/kafka/topicConfiguration/cleanup.policy")
                        .toString()
                        .contains("compact")) {
                    COMPACTED.add(topic);
                }
            });
        }
        assertTrue(PRODUCER.size() >= 10, "channels read from the AsyncAPI document");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aTopicForEveryChannelAndDeadLetterTopicAndNothingElse(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Set<String> expected = new TreeSet<>(PRODUCER.keySet());
        Rendered.SERVICES.forEach(s -> expected.add(s + ".dlq"));
        Set<String> actual = r.all("KafkaTopic")
                .map(t -> t.at("/spec/topicName").asText(t.at("/metadata/name").asText()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        r.all("KafkaTopic").forEach(t -> {
            String name = t.at("/metadata/name").asText();
            assertEquals(
                    "showroom", t.at("/metadata/labels/strimzi.io~1cluster").asText(), name);
            assertTrue(t.at("/spec/partitions").asInt() >= 3, name + " partitions");
            assertEquals(3, t.at("/spec/replicas").asInt(), name + " replicas");
            assertEquals(2, t.at("/spec/config/min.insync.replicas").asInt(), name + " min.insync.replicas");
            if (t.at("/spec/config/cleanup.policy").asText().contains("compact")) {
                // item 11: an erased contact leaves the broker within max.compaction.lag.ms of its tombstone
                assertTrue(t.at("/spec/config/max.compaction.lag.ms").asLong() > 0, name + " max.compaction.lag.ms");
                assertTrue(t.at("/spec/config/delete.retention.ms").asLong() > 0, name + " delete.retention.ms");
            } else {
                assertTrue(t.at("/spec/config/retention.ms").asLong() > 0, name + " retention.ms");
            }
        });
        r.all("KafkaTopic")
                .filter(t -> COMPACTED.contains(t.at("/spec/topicName").asText()))
                .forEach(t -> assertEquals(
                        "compact",
                        t.at("/spec/config/cleanup.policy").asText(),
                        t.at("/spec/topicName").asText()));
        assertFalse(COMPACTED.isEmpty(), "lead.contact is compacted");
        JsonNode kafka = r.get("Kafka", "showroom");
        assertEquals(
                "false",
                kafka.at("/spec/kafka/config/auto.create.topics.enable").asText(),
                "topics only as KafkaTopic");
        assertEquals(
                "enabled", kafka.at("/metadata/annotations/strimzi.io~1kraft").asText());
        JsonNode listener = kafka.at("/spec/kafka/listeners/0");
        assertEquals("scram-sha-512", listener.at("/authentication/type").asText(), "clients authenticate");
        assertTrue(listener.at("/tls").asBoolean(), "clients use TLS");
        assertEquals(
                "true",
                listener.at("/networkPolicyPeers/0/podSelector/matchLabels/showroom.dev~1uses-kafka")
                        .asText(),
                "only the services reach the listener");
        Rendered.SERVICES.forEach(s -> assertEquals(
                "true",
                r.get("Deployment", s)
                        .at("/spec/template/metadata/labels/showroom.dev~1uses-kafka")
                        .asText(),
                s + " is a Kafka peer"));
        JsonNode pool = r.all("KafkaNodePool").findFirst().orElseThrow();
        assertTrue(pool.at("/spec/replicas").asInt() >= 3, "3 nodes carry replication factor 3");
        assertTrue(pool.at("/spec/roles").toString().contains("controller"), "KRaft controllers in the node pool");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceWritesWhatItProducesAndReadsWhatItConsumes(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertEquals(
                new TreeSet<>(Rendered.SERVICES),
                r.all("KafkaUser")
                        .map(u -> u.at("/metadata/name").asText())
                        .collect(Collectors.toCollection(TreeSet::new)),
                "one KafkaUser per service");
        for (String service : Rendered.SERVICES) {
            JsonNode user = r.get("KafkaUser", service);
            Set<String> writes = new TreeSet<>();
            Set<String> reads = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                String type = acl.at("/resource/type").asText();
                String name = acl.at("/resource/name").asText();
                assertEquals(
                        "literal",
                        acl.at("/resource/patternType").asText("literal"),
                        service + " " + name + ": no prefix/wildcard ACLs");
                Set<String> ops = StreamSupport.stream(acl.path("operations").spliterator(), false)
                        .map(JsonNode::asText)
                        .collect(Collectors.toSet());
                assertFalse(
                        ops.contains("All") || ops.contains("Delete") || ops.contains("Alter"),
                        service + " " + name + " " + ops);
                if (type.equals("group")) {
                    groups.add(name);
                } else {
                    assertEquals("topic", type, service + ": only topic and group ACLs");
                    if (ops.contains("Write")) writes.add(name);
                    if (ops.contains("Read")) reads.add(name);
                }
            }
            Set<String> produced = PRODUCER.entrySet().stream()
                    .filter(e -> e.getValue().equals(service))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            produced.add(service + ".dlq");
            Set<String> consumed = CONSUMERS.entrySet().stream()
                    .filter(e -> e.getValue().contains(service))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(produced, writes, service + " writes");
            assertEquals(consumed, reads, service + " reads");
            assertEquals(Set.of(service), groups, service + " consumer group = quarkus.application.name");
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText());
        }
    }
}
