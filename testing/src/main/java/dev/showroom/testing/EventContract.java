package dev.showroom.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Holds a published event to asyncapi.yaml: the CloudEvents headers, the versioned ce_type of its
 * topic, a key, and the payload against the topic's JSON Schema (formats such as uuid and date-time
 * asserted).
 *
 * <pre>
 * ConsumerRecord&lt;String, String&gt; event = TestEvents.await("lead.created", r -&gt; r.key().equals(id));
 * EventContract.assertValid(event);
 * </pre>
 */
public final class EventContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private EventContract() {}

    public static void assertValid(ConsumerRecord<String, String> record) {
        List<String> problems = violations(record);
        if (!problems.isEmpty()) {
            throw new AssertionError("event on " + record.topic() + " breaks the contract: " + problems + "\npayload: "
                    + record.value());
        }
    }

    /** Everything wrong with the record, empty when it keeps the contract. */
    public static List<String> violations(ConsumerRecord<String, String> record) {
        List<String> problems = new ArrayList<>();
        for (String header : List.of("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_time")) {
            if (TestEvents.header(record, header) == null) {
                problems.add("missing header " + header);
            }
        }
        if (!"1.0".equals(TestEvents.header(record, "ce_specversion"))) {
            problems.add("ce_specversion must be 1.0");
        }
        String expectedType = ContractTopics.ceType(record.topic());
        if (!expectedType.equals(TestEvents.header(record, "ce_type"))) {
            problems.add("ce_type must be " + expectedType + " but was " + TestEvents.header(record, "ce_type"));
        }
        if (record.key() == null || record.key().isBlank()) {
            problems.add("no key: one customer's events must share a key to stay in order");
        }
        if (record.value() == null) {
            // a tombstone: only a compacted topic has them, and it has no payload to check
            if (!ContractTopics.compacted(record.topic())) {
                problems.add("a null value (tombstone) on " + record.topic() + ", which is not compacted");
            }
            return problems;
        }
        try {
            JsonNode payload = MAPPER.readTree(record.value());
            Set<ValidationMessage> messages = schema(record.topic()).validate(payload);
            messages.forEach(m -> problems.add(m.getMessage()));
        } catch (IOException e) {
            problems.add("payload is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private static JsonSchema schema(String topic) {
        return SCHEMAS.computeIfAbsent(topic, t -> {
            try (InputStream in = ContractTopics.resource(ContractTopics.schemaResource(t))) {
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the schema of " + t, e);
            }
        });
    }
}
