package dev.showroom.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        served = new ObjectMapper()
                .readTree(given().baseUri(TestSuite.gateway())
                        .accept("application/json")
                        .get("/openapi.json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    /** "METHOD path" → the operation, in path order. */
    static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> ops = new TreeMap<>();
        doc.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey())) {
                        ops.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
                    }
                }));
        return ops;
    }

    @Test
    void everyOperationHasAUniqueOperationIdItsSecurityAndProblemErrors() {
        assertFalse(
                served.has("x-showroom-missing"),
                "every service's document was merged: " + served.path("x-showroom-missing"));
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
                    if (!response.path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asText()
                            .equals("#/components/schemas/Problem")) {
                        wrong.add(where + ": answer " + r.getKey() + " is not described as a problem+json Problem");
                    }
                }
            });
            if (op.path("responses").properties().stream()
                    .noneMatch(r -> r.getKey().startsWith("4"))) {
                wrong.add(where + ": no 4xx answer described");
            }
        });
        assertTrue(wrong.isEmpty(), wrong.size() + " operations break the conventions:\n" + String.join("\n", wrong));
        for (String create : List.of("createLead", "bookTestDrive", "createOrder", "openComplaint")) {
            JsonNode op = operations(served).values().stream()
                    .filter(o -> o.path("operationId").asText().equals(create))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    op.path("parameters").findValuesAsText("name").contains("Idempotency-Key"),
                    create + " declares its Idempotency-Key header");
        }
        assertTrue(served.path("servers").size() > 0, "servers named");
        served.path("tags")
                .forEach(t -> assertFalse(t.path("description").asText("").isBlank(), t + " described"));
        System.out.printf(
                "merged OpenAPI: %d operations, each with a unique operationId, security and problem+json errors%n",
                owner.size());
    }

    /**
     * A survey template's {@code version} is its revision (a new revision is a new resource, created by POST),
     * not the optimistic lock of one row: it has no ETag.
     */
    static final Set<String> REVISION_NUMBERED = Set.of("TemplateView");

    /**
     * docs/api.md's concurrency, creation and list conventions, operation by operation: an update answering a view
     * with a version takes If-Match (412 when stale) and answers its ETag; a read of such a view answers its ETag;
     * every 201 names the new resource (Location) and every creating POST of staff takes an Idempotency-Key; every
     * paged list takes sort with its keys as a pattern.
     */
    @Test
    void updatesTakeIfMatchCreationsLocationAndIdempotencyKeyAndListsSort() {
        List<String> wrong = new ArrayList<>();
        int updates = 0;
        int lists = 0;
        int creates = 0;
        for (Map.Entry<String, JsonNode> e : operations(served).entrySet()) {
            String where = e.getKey() + " (" + e.getValue().path("operationId").asText() + ")";
            JsonNode op = e.getValue();
            boolean get = where.startsWith("GET ");
            JsonNode ok = resolve(op.path("responses").path("200"));
            JsonNode created = resolve(op.path("responses").path("201"));
            JsonNode schema = schemaOf(ok);
            String name = schemaName(ok);
            boolean versioned = schema.path("properties").has("version") && !REVISION_NUMBERED.contains(name);
            if (versioned && !ok.path("headers").has("ETag")) {
                wrong.add(where + ": answers " + name + ", which has a version, without declaring its ETag");
            }
            if (versioned && !get && created.isMissingNode()) { // createLead's 200 is a capture merged, not an update
                updates++;
                if (header(op, "If-Match") == null) {
                    wrong.add(where + ": updates " + name + " without taking If-Match");
                }
                if (!op.path("responses").has("412")) {
                    wrong.add(where + ": takes If-Match without answering 412");
                }
                JsonNode ifMatch = header(op, "If-Match");
                if (ifMatch != null
                        && ifMatch.path("required").asBoolean()
                        && !op.path("responses").has("428")) {
                    wrong.add(where + ": requires If-Match without answering 428");
                }
            }
            if (get
                    && schema.path("properties").has("items")
                    && schema.path("properties").has("total")) {
                lists++;
                JsonNode sort = null;
                for (JsonNode p : op.path("parameters")) {
                    if ("query".equals(p.path("in").asText())
                            && "sort".equals(p.path("name").asText())) {
                        sort = p;
                    }
                }
                if (sort == null
                        || sort.path("schema").path("pattern").asText("").isEmpty()) {
                    wrong.add(where + ": a list without a sort parameter and its keys");
                }
            }
            if (!created.isMissingNode()) {
                creates++;
                if (!created.path("headers").has("Location")) {
                    wrong.add(where + ": answers 201 without declaring Location");
                }
                boolean staff = op.path("security").size() > 0;
                if (staff && header(op, "Idempotency-Key") == null) {
                    wrong.add(where + ": creates without taking an Idempotency-Key");
                }
            }
            if (header(op, "Idempotency-Key") != null && created.isMissingNode()) {
                wrong.add(where + ": takes an Idempotency-Key but does not answer 201");
            }
        }
        assertTrue(
                updates >= 30 && lists >= 20 && creates >= 20,
                updates + " updates, " + lists + " lists, " + creates
                        + " creations: the document is the whole suite's");
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " operations break docs/api.md's conventions:\n" + String.join("\n", wrong));
        System.out.printf(
                "merged OpenAPI: %d updates take If-Match, %d lists take sort, %d creations declare Location%n",
                updates, lists, creates);
    }

    private static JsonNode header(JsonNode op, String name) {
        for (JsonNode p : op.path("parameters")) {
            JsonNode parameter = resolve(p);
            if ("header".equals(parameter.path("in").asText())
                    && name.equalsIgnoreCase(parameter.path("name").asText())) {
                return parameter;
            }
        }
        return null;
    }

    private static JsonNode schemaOf(JsonNode response) {
        return resolve(response.path("content").path("application/json").path("schema"));
    }

    private static String schemaName(JsonNode response) {
        String ref = response.path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    @Test
    void theServedDocumentIsTheOneTheBuildLintedAndGeneratedTheClientFrom() throws Exception {
        Path built = Path.of(System.getProperty("showroom.root"), "e2e", "target", "openapi", "showroom.json");
        assertTrue(Files.exists(built), built + " (made by the build: exec openapi-merge)");
        Map<String, String> expected = new TreeMap<>();
        operations(new ObjectMapper().readTree(built.toFile()))
                .forEach((k, v) -> expected.put(k, v.path("operationId").asText()));
        Map<String, String> actual = new TreeMap<>();
        operations(served).forEach((k, v) -> actual.put(k, v.path("operationId").asText()));
        assertEquals(expected, actual, "the running gateway serves the operations the build linted");
        assertEquals(
                new ObjectMapper()
                        .readTree(built.toFile())
                        .path("components")
                        .path("schemas")
                        .size(),
                served.path("components").path("schemas").size(),
                "the same schemas");
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? served.at(ref.substring(1)) : node;
    }
}
