package dev.showroom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads asyncapi.yaml: every topic, its producer and its payload schema file. */
public final class ContractTopics {

    public static final String ASYNCAPI = "contracts/asyncapi.yaml";
    public static final Set<String> SERVICES = Set.of("lead-service", "visit-service", "order-service",
            "aftersales-service");

    private static JsonNode document;

    private ContractTopics() {
    }

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
        String messageRef = channel.get("messages").elements().next().get("$ref").asText();
        JsonNode message = document().at(messageRef.substring(1));
        String schemaRef = message.at("/payload/schema/$ref").asText();
        return "contracts/" + schemaRef.replaceFirst("^\\./", "");
    }

    public static String ceType(String topic) {
        JsonNode channel = channels().get(topic);
        String messageRef = channel.get("messages").elements().next().get("$ref").asText();
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
