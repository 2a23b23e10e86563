package dev.showroom.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every role × every operation of the merged OpenAPI × a resource of the caller's own dealer and one of the
 * other dealer, with the realm's real users and Keycloak tokens, through the gateway; then every operation
 * with a missing, tampered, foreign-signed, unsigned and expired token, through the gateway and directly at
 * the service that owns it. Nothing may leak: a role the operation does not name gets 403, another dealer's
 * resource is 404, no answer carries another dealer's ids or personal data, no answer is a 5xx, and every
 * error is problem+json.
 */
class AuthorisationMatrixIT {

    /** The realm's users: their role and dealer (hq sees every dealer's aggregates, no dealer of its own). */
    record User(String name, String role, String dealer) {}

    static final List<User> USERS = List.of(
            new User("reception.sh", "receptionist", "dealer-sh-01"),
            new User("li.wei", "consultant", "dealer-sh-01"),
            new User("zhang.min", "consultant", "dealer-sh-01"),
            new User("care.sh", "customer-care", "dealer-sh-01"),
            new User("manager.sh", "manager", "dealer-sh-01"),
            new User("admin.sh", "admin", "dealer-sh-01"),
            new User("wang.fang", "consultant", "dealer-bj-02"),
            new User("manager.bj", "manager", "dealer-bj-02"),
            new User("hq.analyst", "hq", null));

    /** Which service answers which path (the gateway's route table). */
    static final Map<String, String> SERVICE_OF_PREFIX = new TreeMap<>(Map.ofEntries(
            Map.entry("/api/v1/leads", "lead-service"),
            Map.entry("/api/v1/lead-imports", "lead-service"),
            Map.entry("/api/v1/defeats", "lead-service"),
            Map.entry("/api/v1/campaigns", "lead-service"),
            Map.entry("/api/v1/funnel", "lead-service"),
            Map.entry("/api/v1/targets", "lead-service"),
            Map.entry("/api/v1/dealer", "lead-service"),
            Map.entry("/api/v1/visits", "visit-service"),
            Map.entry("/api/v1/needs-analyses", "visit-service"),
            Map.entry("/api/v1/presentations", "visit-service"),
            Map.entry("/api/v1/test-drives", "visit-service"),
            Map.entry("/api/v1/checklists", "visit-service"),
            Map.entry("/api/v1/demo-cars", "visit-service"),
            Map.entry("/api/v1/reception", "visit-service"),
            Map.entry("/api/v1/appointments", "visit-service"),
            Map.entry("/api/v1/compliance", "visit-service"),
            Map.entry("/api/v1/catalogue", "order-service"),
            Map.entry("/api/v1/stock", "order-service"),
            Map.entry("/api/v1/quotes", "order-service"),
            Map.entry("/api/v1/orders", "order-service"),
            Map.entry("/api/v1/follow-ups", "aftersales-service"),
            Map.entry("/api/v1/surveys", "aftersales-service"),
            Map.entry("/api/v1/survey-templates", "aftersales-service"),
            Map.entry("/api/v1/complaints", "aftersales-service"),
            Map.entry("/api/v1/satisfaction", "aftersales-service"),
            Map.entry("/api/v1/referrals", "aftersales-service")));

    /** One operation of the merged document: method, path template, the roles it names, its body's media type. */
    record Operation(String method, String template, Set<String> roles, String mediaType) {
        boolean write() {
            return !method.equals("GET");
        }

        List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        String path(DealerData data) {
            String path = template;
            for (String p : parameters()) {
                String value = data.valueFor(template, p);
                path = path.replace(
                        "{" + p + "}", value != null ? value : UUID.randomUUID().toString());
            }
            return path;
        }

        /** True when the path names something a dealer owns (another dealer must get 404). */
        boolean namesOwned() {
            return parameters().stream().anyMatch(p -> {
                String kind = DealerData.kindOf(template, p);
                if (kind == null) {
                    throw new IllegalStateException(template + ": the matrix does not know what {" + p
                            + "} names; add its collection to DealerData");
                }
                return DealerData.OWNED.contains(kind);
            });
        }
    }

    static DealerData sh;
    static DealerData bj;
    static List<Operation> operations;
    static final List<String> leaks = new ArrayList<>();
    static int requests;

    @BeforeAll
    static void startSuiteAndMakeData() throws Exception {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        String run = UUID.randomUUID().toString().substring(0, 6);
        sh = DealerData.create(DealerData.SH, run);
        bj = DealerData.create(DealerData.BJ, run);
        operations = operations(
                new ObjectMapper().readTree(given().get("/openapi.json").asString()));
    }

    static List<Operation> operations(JsonNode openapi) {
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    return;
                }
                Set<String> roles = new java.util.TreeSet<>();
                op.getValue()
                        .path("security")
                        .forEach(s ->
                                s.fields().forEachRemaining(f -> f.getValue().forEach(r -> roles.add(r.asText()))));
                Iterator<String> types =
                        op.getValue().path("requestBody").path("content").fieldNames();
                ops.add(new Operation(
                        method, path.getKey(), roles, types.hasNext() ? types.next() : "application/json"));
            });
        }
        return ops;
    }

    /** Staff operations the gateway routes (the services' own /api/v1/public/* are for the gateway only). */
    static List<Operation> staffOperations() {
        return operations.stream()
                .filter(o -> !o.roles().isEmpty() && !o.template().startsWith("/api/v1/public/"))
                .toList();
    }

    @Test
    void everyRoleOnEveryOperationOnOwnAndOtherDealersResourcesLeaksNothing() {
        Map<String, int[]> outcomes = new TreeMap<>();
        int forbidden = 0;
        int crossDealer = 0;
        int ownReads = 0;
        int emptyViews = 0;
        // reads first, then writes with a body no operation accepts (those without a body act on the test's own data)
        List<Operation> ordered = new ArrayList<>(
                staffOperations().stream().filter(o -> !o.write()).toList());
        ordered.addAll(staffOperations().stream().filter(Operation::write).toList());
        for (Operation op : ordered) {
            for (User user : USERS) {
                boolean allowed = op.roles().contains(user.role());
                List<DealerData> targets = op.parameters().isEmpty() ? List.of(own(user)) : List.of(sh, bj);
                for (DealerData target : targets) {
                    Response r = send(user, op, op.path(target), op.write() ? "[]" : null);
                    String where = user.name() + " " + op.method() + " " + op.path(target);
                    outcomes.computeIfAbsent(op.method() + " " + r.statusCode(), k -> new int[1])[0]++;
                    checkAnswer(user, op.path(target), where, r);
                    boolean foreign = user.dealer() == null || !user.dealer().equals(target.dealer.id());
                    if (!allowed) {
                        forbidden++;
                        expect(where, r, 403);
                    } else if (foreign && op.namesOwned()) {
                        crossDealer++;
                        if (!op.write() && emptyView(op, r)) {
                            emptyViews++;
                        } else if (!op.write()) {
                            expect(where, r, 404);
                        } else if (r.statusCode() < 400) {
                            leaks.add(where + " → " + r.statusCode() + ": another dealer's resource was changed");
                        }
                    } else if (!op.write()
                            && !foreign
                            && op.namesOwned()
                            && user.role().equals("manager")) {
                        ownReads++;
                        expect(where, r, 200);
                    }
                }
            }
        }
        int forgedWrites = crossDealerWritesWithPlausibleBodies();
        System.out.printf(
                "authorisation matrix: %d operations × %d users, %d requests: %d refused by role (403), "
                        + "%d on another dealer's resource (%d of them an empty customer 360), %d own reads by managers, "
                        + "%d plausible writes on another dealer's resources; answers %s%n",
                staffOperations().size(),
                USERS.size(),
                requests,
                forbidden,
                crossDealer,
                emptyViews,
                ownReads,
                forgedWrites,
                summary(outcomes));
        assertTrue(leaks.isEmpty(), leaks.size() + " leaks:\n" + String.join("\n", leaks));
    }

    /**
     * A body no operation accepts stops at validation; here the other dealer's staff send bodies that pass it
     * (required fields filled from the schema) to this dealer's resources: the answer must still be refused.
     */
    int crossDealerWritesWithPlausibleBodies() {
        JsonNode openapi;
        try {
            openapi = new ObjectMapper().readTree(given().get("/openapi.json").asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int sent = 0;
        for (Operation op : staffOperations()) {
            if (!op.write() || !op.namesOwned()) {
                continue;
            }
            JsonNode schema = openapi.path("paths")
                    .path(op.template())
                    .path(op.method().toLowerCase(Locale.ROOT))
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            String body = schema.isMissingNode()
                    ? null
                    : Plausible.body(openapi, schema).toString();
            for (User user : USERS) {
                if (!op.roles().contains(user.role()) || user.dealer() == null) {
                    continue;
                }
                DealerData other = user.dealer().equals(sh.dealer.id()) ? bj : sh;
                Response r = send(user, op, op.path(other), body);
                sent++;
                String where = user.name() + " " + op.method() + " " + op.path(other) + " body=" + body;
                checkAnswer(user, op.path(other), where, r);
                if (r.statusCode() < 400) {
                    leaks.add(where + " → " + r.statusCode() + ": another dealer's resource was changed");
                }
            }
        }
        return sent;
    }

    @Test
    void missingTamperedForeignUnsignedAndExpiredTokensAreRefusedEverywhere() throws Exception {
        String real = Staff.token("manager.sh");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("tampered", tamper(real));
        bad.put("foreign-signed", foreignSigned(real));
        bad.put("unsigned", unsigned(real));
        bad.put("expired", expired("manager.sh"));
        int refused = 0;
        for (Operation op : staffOperations()) {
            String path = op.path(sh);
            List<String> bases = new ArrayList<>(List.of(TestSuite.gateway()));
            serviceOf(op.template())
                    .ifPresent(s -> bases.add(TestSuite.suite().app(s).url()));
            for (String base : bases) {
                Response none = given().redirects()
                        .follow(false)
                        .contentType(op.mediaType())
                        .body(op.write() ? "{}" : "")
                        .request(op.method(), base + path);
                requests++;
                refused += expect401(op.method() + " " + base + path + " without a token", none);
                for (var token : bad.entrySet()) {
                    Response r = given().redirects()
                            .follow(false)
                            .auth()
                            .oauth2(token.getValue())
                            .contentType(op.mediaType())
                            .body(op.write() ? "{}" : "")
                            .request(op.method(), base + path);
                    requests++;
                    refused += expect401(op.method() + " " + base + path + " with a " + token.getKey() + " token", r);
                }
            }
        }
        System.out.printf(
                "tokens: %d requests with a missing, tampered, foreign-signed, unsigned or expired token "
                        + "(gateway and services): %d refused with 401%n",
                refused, refused);
        assertTrue(leaks.isEmpty(), leaks.size() + " leaks:\n" + String.join("\n", leaks));
    }

    @Test
    void aConsultantDoesNotReachAColleaguesCustomer() {
        // zhang.min's customer: li.wei of the same dealer finds none of it
        for (String path : List.of(
                "/api/v1/leads/" + sh.values.get("lead"),
                "/api/v1/quotes/" + sh.values.get("quote"),
                "/api/v1/orders/" + sh.values.get("order"),
                "/api/v1/customers/" + sh.values.get("lead") + "/360")) {
            Response r = Staff.as("li.wei").get(path);
            assertEquals(404, r.statusCode(), path + " " + r.asString());
        }
        Response list = Staff.as("li.wei").get("/api/v1/leads?size=100");
        assertTrue(!list.asString().contains(sh.values.get("lead")), "li.wei's list shows a colleague's lead");
        // after-sales: no complaint (it would show the customer's name and phone), survey link or referral
        String lead = sh.values.get("lead");
        Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
        writes.put(
                "/api/v1/complaints",
                Map.of(
                        "leadId",
                        lead,
                        "channel",
                        "PHONE",
                        "category",
                        "OTHER",
                        "severity",
                        "LOW",
                        "description",
                        "matrix"));
        writes.put("/api/v1/surveys/links", Map.of("leadId", lead));
        writes.put("/api/v1/surveys", Map.of("leadId", lead));
        writes.put(
                "/api/v1/referrals",
                Map.of(
                        "referrerLeadId",
                        lead,
                        "referrals",
                        List.of(Map.of("name", "Matrix Friend", "phone", "+8613700000000", "consent", true))));
        for (var write : writes.entrySet()) {
            Response r = Staff.as("li.wei").body(write.getValue()).post(write.getKey());
            assertEquals(404, r.statusCode(), write.getKey() + " " + r.asString());
            assertTrue(!r.asString().contains(sh.name) && !r.asString().contains(sh.phone.substring(3)), r.asString());
        }
        Response complaints = Staff.as("li.wei").get("/api/v1/complaints?size=100");
        assertTrue(!complaints.asString().contains(sh.values.get("complaint")), "li.wei sees a colleague's complaint");
    }

    static DealerData own(User user) {
        return "dealer-bj-02".equals(user.dealer()) ? bj : sh;
    }

    static Response send(User user, Operation op, String path, String body) {
        RequestSpecification request = given().redirects()
                .follow(false)
                .auth()
                .oauth2(Staff.token(user.name()))
                .accept("application/json");
        if (body != null) {
            request.contentType(op.mediaType()).body(body);
        }
        requests++;
        return request.request(op.method(), path);
    }

    /**
     * No 5xx; every error a problem; no other dealer's ids or personal data (none at all for hq), apart from
     * what the caller put in the path itself (a 404 may name the id it did not find).
     */
    static void checkAnswer(User user, String path, String where, Response r) {
        int status = r.statusCode();
        String type = String.valueOf(r.contentType());
        if (status >= 500) {
            leaks.add(where + " → " + status + " " + abbreviate(r.asString()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            leaks.add(where + " → " + status + " with content type " + type);
        }
        String body = r.asString();
        // what roles hide of their own dealer's customer: the licence number from all, the phone from the desk
        if (user.dealer() != null) {
            DealerData own = own(user);
            if (body.contains(own.licence)) {
                leaks.add(where + " → " + status + " shows the whole licence number");
            }
            String digits = own.phone.substring(3);
            if (user.role().equals("receptionist") && body.contains(digits) && !path.contains(digits)) {
                leaks.add(where + " → " + status + " shows the phone to a receptionist");
            }
        }
        List<DealerData> foreign =
                user.dealer() == null ? List.of(sh, bj) : List.of(user.dealer().equals(sh.dealer.id()) ? bj : sh);
        for (DealerData other : foreign) {
            for (String marker : other.markers()) {
                if (marker != null && body.contains(marker) && !path.contains(marker)) {
                    leaks.add(where + " → " + status + " shows " + other.dealer.id() + "'s " + marker);
                }
            }
        }
    }

    /**
     * The gateway's customer 360 for a role lead-service does not let read leads (customer-care): lead-service
     * refuses the lead section, so the view cannot tell a foreign lead from its own and answers 200 with the
     * lead refused and every other section empty (each service filtered by dealer). No data: no leak.
     */
    static boolean emptyView(Operation op, Response r) {
        if (!op.template().equals("/api/v1/customers/{leadId}/360") || r.statusCode() != 200) {
            return false;
        }
        var view = r.jsonPath();
        return view.get("lead") == null
                && view.getMap("$").entrySet().stream()
                        .filter(e -> e.getValue() instanceof Map<?, ?> section && section.containsKey("items"))
                        .allMatch(e -> ((List<?>) ((Map<?, ?>) e.getValue()).get("items")).isEmpty());
    }

    static void expect(String where, Response r, int status) {
        if (r.statusCode() != status) {
            leaks.add(where + " → " + r.statusCode() + ", expected " + status + ": " + abbreviate(r.asString()));
        }
    }

    static int expect401(String where, Response r) {
        if (r.statusCode() != 401 || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            leaks.add(where + " → " + r.statusCode() + " " + r.contentType() + ": " + abbreviate(r.asString()));
            return 0;
        }
        return 1;
    }

    static java.util.Optional<String> serviceOf(String template) {
        return SERVICE_OF_PREFIX.entrySet().stream()
                .filter(e -> template.equals(e.getKey()) || template.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    // ---- bad tokens, made from a real one

    /** The payload changed (another dealer, the admin role), the signature kept. */
    static String tamper(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload =
                decode(parts[1]).replace("dealer-sh-01", "dealer-bj-02").replace("\"manager\"", "\"admin\"");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    /** Signed with a key of our own under Keycloak's key id. */
    static String foreignSigned(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.generateKeyPair().getPrivate());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    /** alg none, no signature. */
    static String unsigned(String jwt) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + jwt.split("\\.")[1] + ".";
    }

    /**
     * A real token of the user that has expired: issued through a client of its own whose tokens live one
     * second (made with Keycloak's admin API), then kept until it is past its expiry.
     */
    static String expired(String user) throws Exception {
        String keycloak = TestSuite.suite().keycloak().url();
        HttpClient http = HttpClient.newHttpClient();
        String admin = new ObjectMapper()
                .readTree(form(
                        http,
                        keycloak + "/realms/master/protocol/openid-connect/token",
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .get("access_token")
                .asText();
        ObjectMapper json = new ObjectMapper();
        JsonNode cli = json.readTree(http.send(
                                HttpRequest.newBuilder(URI.create(
                                                keycloak + "/admin/realms/showroom/clients?clientId=showroom-cli"))
                                        .header("Authorization", "Bearer " + admin)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .get(0);
        ObjectNode client = json.createObjectNode()
                .put("clientId", "e2e-short-lived")
                .put("publicClient", true)
                .put("directAccessGrantsEnabled", true)
                .put("standardFlowEnabled", false);
        client.putObject("attributes").put("access.token.lifespan", "1");
        ArrayNode mappers = client.putArray("protocolMappers");
        cli.path("protocolMappers").forEach(m -> mappers.add(((ObjectNode) m.deepCopy()).without("id")));
        HttpResponse<String> made = http.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/showroom/clients"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(client.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(made.statusCode() == 201 || made.statusCode() == 409, made.body());
        String token = json.readTree(form(
                        http,
                        TestSuite.suite().keycloak().realmUrl() + "/protocol/openid-connect/token",
                        "grant_type=password&client_id=e2e-short-lived&username="
                                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=showroom"))
                .get("access_token")
                .asText();
        long exp = Long.parseLong(decode(token.split("\\.")[1]).replaceAll(".*\"exp\"\\s*:\\s*(\\d+).*", "$1"));
        while (Instant.now().getEpochSecond() <= exp + 1) {
            Thread.sleep(500);
        }
        // the same token was good a moment ago: the refusal is for its age alone
        assertTrue(decode(token.split("\\.")[1]).contains("\"aud\""), "the short-lived token carries the audience");
        return token;
    }

    static String form(HttpClient http, String url, String form) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return r.body();
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String summary(Map<String, int[]> outcomes) {
        StringBuilder s = new StringBuilder();
        outcomes.forEach((k, v) -> s.append(k).append("×").append(v[0]).append(' '));
        return s.toString().trim();
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
