package dev.showroom.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads asyncapi.yaml: every topic, its producer and its payload schema file. */
public final class ContractTopics {

    public static final String ASYNCAPI = "contracts/asyncapi.yaml";
    public static final Set<String> SERVICES =
            Set.of("lead-service", "visit-service", "order-service", "aftersales-service");

    private static JsonNode document;

    private ContractTopics() {}

    public static synchronized JsonNode document() {
        if (document == null) {
            try (InputStream in = resource(ASYNCAPI)) {
                document = new ObjectMapper(new YAMLFactory()).readTree(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + ASYNCAPI, e);
            }
        }
        return document;
    }

    /** topic → channel node. */
    public static Map<String, JsonNode> channels() {
        Map<String, JsonNode> channels = new LinkedHashMap<>();
        Iterator<JsonNode> it = document().get("channels").elements();
        while (it.hasNext()) {
            JsonNode channel = it.next();
            channels.put(channel.get("address").asText(), channel);
        }
        return channels;
    }

    /** Every event topic of the document plus each service's dead-letter topic. */
    public static Set<String> all() {
        Set<String> topics = new TreeSet<>(channels().keySet());
        for (String service : SERVICES) {
            topics.add(service + ".dlq");
        }
        return topics;
    }

    /** The classpath resource of the payload schema of a topic, resolved through the message's $ref. */
    public static String schemaResource(String topic) {
        JsonNode channel = channels().get(topic);
        if (channel == null) {
            throw new AssertionError("topic " + topic + " is not in " + ASYNCAPI);
        }
        String messageRef =
                channel.get("messages").elements().next().get("$ref").asText();
        JsonNode message = document().at(messageRef.substring(1));
        String schemaRef = message.at("/payload/schema/$ref").asText();
        return "contracts/" + schemaRef.replaceFirst("^\\./", "");
    }

    /**
     * The topic configuration the contract asks for beyond the defaults: a compacted topic's
     * {@code cleanup.policy} and {@code delete.retention.ms} (its Kafka binding) and {@code x-topic-config}.
     * Empty for an ordinary topic (and for a dead-letter topic).
     */
    public static Map<String, String> topicConfig(String topic) {
        return topicConfig(channels().get(topic));
    }

    /** The same for a channel node of any copy of the document (the suite reads its own). */
    public static Map<String, String> topicConfig(JsonNode channel) {
        Map<String, String> config = new LinkedHashMap<>();
        if (channel == null) {
            return config;
        }
        JsonNode binding = channel.at("/bindings/kafka/topicConfiguration");
        binding.fields()
                .forEachRemaining(e -> config.put(
                        e.getKey(),
                        e.getValue().isArray()
                                ? String.join(",", iterable(e.getValue()))
                                : e.getValue().asText()));
        channel.path("x-topic-config")
                .fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return config;
    }

    /** True when the topic is compacted: a null value (a tombstone) is part of its contract. */
    public static boolean compacted(String topic) {
        return topicConfig(topic).getOrDefault("cleanup.policy", "delete").contains("compact");
    }

    private static java.util.List<String> iterable(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    public static String ceType(String topic) {
        JsonNode channel = channels().get(topic);
        String messageRef =
                channel.get("messages").elements().next().get("$ref").asText();
        return document().at(messageRef.substring(1)).get("x-ce-type").asText();
    }

    static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            in = ContractTopics.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (depend on dev.showroom:contracts)");
        }
        return in;
    }
}
