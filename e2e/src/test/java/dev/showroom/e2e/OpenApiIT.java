package dev.showroom.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contract client teams generate from: the gateway's merged /openapi.json of the running suite. Every
 * operation names itself (operationId, unique, verb + noun in camel case: docs/api.md), declares its security
 * ({@code []} when public) and describes its error answers as problem+json; and it is the document the build
 * linted and generated the typed client from (target/openapi/showroom.json, merged from the stored documents).
 */
class OpenApiIT {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static JsonNode served;

    @BeforeAll
    static void startSuite() throws Exception {
        TestSuite.start();
        served = new ObjectMapper().readTree(given().baseUri(TestSuite.gateway()).accept("application/json")
                .get("/openapi.json").then().statusCode(200).extract().asString());
    }

    /** "METHOD path" → the operation, in path order. */
    static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> ops = new TreeMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return ops;
    }

    @Test
    void everyOperationHasAUniqueOperationIdItsSecurityAndProblemErrors() {
        assertFalse(served.has("x-showroom-missing"), "every service's document was merged: " + served.path("x-showroom-missing"));
        Map<String, String> owner = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        operations(served).forEach((where, op) -> {
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z]+[A-Z][A-Za-z0-9]*")) {
                wrong.add(where + ": operationId '" + id + "' is not verb + noun in camel case");
            } else if (owner.put(id, where) != null) {
                wrong.add(where + ": operationId " + id + " also names " + owner.get(id));
            }
            if (!op.path("security").isArray()) {
                wrong.add(where + ": no security (a public operation says security: [])");
            }
            op.path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4")) {
                    JsonNode response = resolve(r.getValue());
                    if (!response.path("content").path("application/problem+json").path("schema").path("$ref").asText()
                            .equals("#/components/schemas/Problem")) {
                        wrong.add(where + ": answer " + r.getKey() + " is not described as a problem+json Problem");
                    }
                }
            });
            if (op.path("responses").properties().stream().noneMatch(r -> r.getKey().startsWith("4"))) {
                wrong.add(where + ": no 4xx answer described");
            }
        });
        assertTrue(wrong.isEmpty(), wrong.size() + " operations break the conventions:\n" + String.join("\n", wrong));
        for (String create : List.of("createLead", "bookTestDrive", "createOrder", "openComplaint")) {
            JsonNode op = operations(served).values().stream().filter(o -> o.path("operationId").asText().equals(create))
                    .findFirst().orElseThrow();
            assertTrue(op.path("parameters").findValuesAsText("name").contains("Idempotency-Key"),
                    create + " declares its Idempotency-Key header");
        }
        assertTrue(served.path("servers").size() > 0, "servers named");
        served.path("tags").forEach(t -> assertFalse(t.path("description").asText("").isBlank(), t + " described"));
        System.out.printf("merged OpenAPI: %d operations, each with a unique operationId, security and problem+json errors%n",
                owner.size());
    }

    @Test
    void theServedDocumentIsTheOneTheBuildLintedAndGeneratedTheClientFrom() throws Exception {
        Path built = Path.of(System.getProperty("showroom.root"), "e2e", "target", "openapi", "showroom.json");
        assertTrue(Files.exists(built), built + " (made by the build: exec openapi-merge)");
        Map<String, String> expected = new TreeMap<>();
        operations(new ObjectMapper().readTree(built.toFile())).forEach((k, v) -> expected.put(k, v.path("operationId").asText()));
        Map<String, String> actual = new TreeMap<>();
        operations(served).forEach((k, v) -> actual.put(k, v.path("operationId").asText()));
        assertEquals(expected, actual, "the running gateway serves the operations the build linted");
        assertEquals(new ObjectMapper().readTree(built.toFile()).path("components").path("schemas").size(),
                served.path("components").path("schemas").size(), "the same schemas");
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? served.at(ref.substring(1)) : node;
    }
}
