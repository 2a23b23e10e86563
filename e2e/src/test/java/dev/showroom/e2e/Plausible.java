package dev.showroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A body that looks right for an OpenAPI schema: every property filled with a value of its kind. */
final class Plausible {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Plausible() {}

    static JsonNode body(JsonNode openapi, JsonNode schema) {
        return value(openapi, schema, "", 0);
    }

    private static JsonNode value(JsonNode openapi, JsonNode declared, String name, int depth) {
        JsonNode schema = resolve(openapi, declared);
        if (depth > 5) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        String lower = name.toLowerCase();
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties")
                        .fields()
                        .forEachRemaining(
                                p -> object.set(p.getKey(), value(openapi, p.getValue(), p.getKey(), depth + 1)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(value(openapi, schema.path("items"), name, depth + 1));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default ->
                NODES.textNode(
                        switch (format) {
                            case "uuid" -> UUID.randomUUID().toString();
                            case "date" -> LocalDate.now().toString();
                            case "date-time" -> Instant.now().toString();
                            default ->
                                lower.contains("phone")
                                        ? "+8613800138000"
                                        : lower.contains("email")
                                                ? "matrix@example.com"
                                                : lower.contains("code")
                                                        ? "X1"
                                                        : lower.contains("amount") || lower.contains("price")
                                                                ? "1.00"
                                                                : "matrix";
                        });
        };
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
            schema = openapi.at(schema.get("$ref").asText().substring(1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return resolve(openapi, schema.get("allOf").get(0));
        }
        return schema;
    }
}
