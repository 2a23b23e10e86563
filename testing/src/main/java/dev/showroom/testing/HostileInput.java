package dev.showroom.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Generated hostile input for every operation of a service's own OpenAPI document: wrong types,
 * missing and extra fields, huge strings and arrays, odd unicode, numbers out of range, bodies that are
 * not JSON, garbage path and query parameters. Whatever arrives, a service must never answer 5xx, and
 * every 4xx must be {@code application/problem+json}. Seeded, so a failure can be replayed.
 *
 * <pre>
 * HostileInput.assertHeld(42L, new Caller(managerToken, 20), new Caller(null, 2));   // null: no token
 * </pre>
 */
public final class HostileInput {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD_STRINGS = {
        "",
        " ",
        "\u0000",
        "null",
        "'; drop table lead; --",
        "\u202Eevil",
        "😀🚗",
        "\uD83D",
        "a\u0000b",
        "<script>alert(1)</script>",
        "../../etc/passwd",
        "%00",
        "\n\r\t",
        "9".repeat(400),
        "x".repeat(100_000),
        "１２３",
        "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
        "2026-13-45T25:61:61Z",
        "-1",
        "NaN"
    };
    private static final JsonNode[] ODD_NUMBERS = {
        NODES.numberNode(-1),
        NODES.numberNode(0),
        NODES.numberNode(Integer.MAX_VALUE),
        NODES.numberNode(Long.MIN_VALUE),
        NODES.numberNode(new java.math.BigDecimal("1e400")),
        NODES.numberNode(new java.math.BigDecimal("-1e-320")),
        NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")),
        NODES.numberNode(3.14159265358979),
        NODES.textNode("1e400")
    };

    private HostileInput() {}

    /** How many requests were sent and, one line each, the answers that broke the rules. */
    public record Result(int requests, int operations, List<String> failures) {
        public String report() {
            return failures.size() + " bad answers out of " + requests + " requests to " + operations + " operations:\n"
                    + String.join("\n", failures);
        }
    }

    /**
     * What to sweep: where the OpenAPI document is, which of its paths, and values of path parameters that
     * name something that exists (so that a hostile body meets the code behind the lookup, not only a 404).
     */
    public record Target(String document, Predicate<String> paths, BiFunction<String, String, String> knownValue) {

        /** A service's own document, every path, no known values. */
        public static final Target SERVICE =
                new Target("/q/openapi?format=json", path -> true, (template, name) -> null);
    }

    /** Who sends a sweep's requests: a token ({@code null}: none) and the rounds of requests per operation. */
    public record Caller(String token, int rounds) {}

    /**
     * Sweeps the service's own document as each caller in turn (seeds {@code seed}, {@code seed + 1}, ...) and
     * fails naming every bad answer of them all.
     */
    public static void assertHeld(long seed, Caller... callers) {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int operations = 0;
        for (int i = 0; i < callers.length; i++) {
            Result r = sweep(callers[i].token(), seed + i, callers[i].rounds());
            failures.addAll(r.failures());
            requests += r.requests();
            operations = Math.max(operations, r.operations());
        }
        System.out.printf("hostile input: %d requests to %d operations%n", requests, operations);
        if (!failures.isEmpty()) {
            throw new AssertionError(new Result(requests, operations, failures).report());
        }
    }

    /** Sends {@code rounds} hostile requests to every operation of {@code /q/openapi}. */
    public static Result sweep(String token, long seed, int rounds) {
        return sweep(Target.SERVICE, token, seed, rounds);
    }

    /**
     * Sends {@code rounds} hostile requests to every operation of the target's document. Fails if the document
     * declares no operation to sweep, or if fewer requests were answered than {@code rounds} per declared
     * operation: a sweep that silently sends nothing must not pass.
     */
    public static Result sweep(Target target, String token, long seed, int rounds) {
        JsonNode openapi;
        try {
            openapi = MAPPER.readTree(
                    given().accept("application/json").get(target.document()).asString());
        } catch (Exception e) {
            throw new AssertionError("cannot read " + target.document(), e);
        }
        int declared = operations(openapi, target.paths());
        if (declared == 0 || rounds < 1) {
            throw new AssertionError(target.document() + " declares " + declared + " operations to sweep, in " + rounds
                    + " rounds: nothing would be sent");
        }
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int operationCount = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!target.paths().test(path.getKey())) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!METHODS.contains(method)) {
                    continue;
                }
                operationCount++;
                for (int round = 0; round < rounds; round++) {
                    if (attack(
                            openapi,
                            target,
                            path.getKey(),
                            method,
                            operation.getValue(),
                            token,
                            random,
                            round,
                            failures)) {
                        requests++;
                    }
                }
            }
        }
        if (requests < declared * rounds) {
            throw new AssertionError("sent " + requests + " hostile requests with an answer, " + declared * rounds
                    + " expected (" + declared + " operations × " + rounds + " rounds); failures: " + failures);
        }
        return new Result(requests, operationCount, failures);
    }

    /** How many operations (GET, POST, PUT, PATCH, DELETE) the document declares on the paths chosen. */
    public static int operations(JsonNode openapi, Predicate<String> chosen) {
        int count = 0;
        for (var path = openapi.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            if (chosen.test(entry.getKey())) {
                for (var method = entry.getValue().fieldNames(); method.hasNext(); ) {
                    count += METHODS.contains(method.next().toUpperCase()) ? 1 : 0;
                }
            }
        }
        return count;
    }

    /** One hostile request; true when it was answered (a bad answer is recorded in {@code failures}). */
    private static boolean attack(
            JsonNode openapi,
            Target target,
            String template,
            String method,
            JsonNode operation,
            String token,
            Random random,
            int round,
            List<String> failures) {
        String path = template;
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String known = "path".equals(in) ? target.knownValue().apply(template, name) : null;
            String value =
                    round % 3 == 0 ? (known != null ? known : UUID.randomUUID().toString()) : oddString(random);
            if (value.length() > 2000) {
                value = value.substring(0, 2000);
            }
            if ("path".equals(in)) {
                path = path.replace("{" + name + "}", urlSafe(value));
            } else if ("query".equals(in)) {
                request.queryParam(name, value);
            } else if ("header".equals(in) && round % 2 == 0) {
                request.header(name, value.replaceAll("[\\r\\n\\u0000]", ""));
            }
        }
        path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String body = null;
        if (!operation.path("requestBody").isMissingNode()) {
            JsonNode schema = resolve(
                    openapi,
                    operation
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema"));
            body = hostileBody(openapi, schema, random, round);
            request.contentType("application/json").body(body);
        }
        Response response;
        try {
            response = request.request(method, path);
        } catch (Exception e) {
            failures.add(method + " " + path + " → no answer: " + e);
            return false;
        }
        int status = response.statusCode();
        String type = response.contentType();
        String shown = body == null ? "" : " body=" + abbreviate(body);
        if (status >= 500) {
            failures.add(method + " " + path + " → " + status + shown + " answer=" + abbreviate(response.asString()));
        } else if (status >= 400 && (type == null || !type.startsWith("application/problem+json"))) {
            failures.add(method + " " + path + " → " + status + " with content type " + type + shown);
        }
        return true;
    }

    /** Round by round: structure attacks first, then mutations of a plausible body. */
    static String hostileBody(JsonNode openapi, JsonNode schema, Random random, int round) {
        switch (round % 10) {
            case 0:
                return "{}";
            case 1:
                return "not json at all";
            case 2:
                return "[1,2,3]";
            case 3:
                return "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
            default:
                JsonNode value = generate(openapi, schema, random, 0, round);
                return value.toString();
        }
    }

    private static JsonNode generate(JsonNode openapi, JsonNode schema, Random random, int depth, int round) {
        schema = resolve(openapi, schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        String type = schema.path("type").asText("object");
        // one field in four gets something of the wrong kind
        if (depth > 0 && random.nextInt(4) == 0) {
            return wrongKind(random);
        }
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties =
                        schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (random.nextInt(5) == 0) {
                        continue; // missing field
                    }
                    object.set(property.getKey(), generate(openapi, property.getValue(), random, depth + 1, round));
                }
                object.put("unexpected" + random.nextInt(100), oddString(random)); // extra field
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int size = round % 7 == 0 ? 10_000 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(
                            size > 100
                                    ? NODES.textNode("x")
                                    : generate(openapi, schema.path("items"), random, depth + 1, round));
                }
                return array;
            }
            case "integer":
            case "number":
                return ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
            case "boolean":
                return random.nextBoolean() ? NODES.booleanNode(true) : NODES.textNode("yes");
            default:
                if (schema.has("enum") && random.nextBoolean()) {
                    JsonNode values = schema.get("enum");
                    return values.get(random.nextInt(values.size()));
                }
                return NODES.textNode(oddString(random));
        }
    }

    private static JsonNode wrongKind(Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return NODES.arrayNode().add(1);
            case 1:
                return NODES.objectNode().put("x", 1);
            case 2:
                return NODES.numberNode(random.nextLong());
            case 3:
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(oddString(random));
        }
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        int hops = 0;
        while (schema.has("$ref") && hops++ < 10) {
            schema = openapi.at(schema.get("$ref").asText().substring(1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return resolve(openapi, schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String oddString(Random random) {
        return ODD_STRINGS[random.nextInt(ODD_STRINGS.length)];
    }

    private static String urlSafe(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    }
}
