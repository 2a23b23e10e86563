package dev.showroom.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The reverse proxy against real stub services: routing, headers, tokens, outages, limits, CORS, metrics. */
@QuarkusTest
class ProxyTest {

    static final UpstreamStubs STUBS = UpstreamStubs.get();
    static final String TOKEN = TestTokens.of("li.wei", "dealer-sh-01", Roles.CONSULTANT);
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void routesEachPrefixToItsServiceAndPassesTokenCorrelationAndTrace() {
        String[][] cases = {
            {"/api/v1/leads?grade=H&page=0", "lead-service"},
            {"/api/v1/funnel", "lead-service"},
            {"/api/v1/dealer/roster/members", "lead-service"},
            {"/api/v1/reception/queue", "visit-service"},
            {"/api/v1/compliance", "visit-service"},
            {"/api/v1/presentations", "visit-service"},
            {"/api/v1/etiquette-scores", "visit-service"},
            {"/api/v1/meetings", "visit-service"},
            {"/api/v1/orders/" + UUID.randomUUID(), "order-service"},
            {"/api/v1/catalogue", "order-service"},
            {"/api/v1/referrals", "aftersales-service"},
            {"/api/v1/satisfaction?from=2026-01-01", "aftersales-service"}
        };
        for (String[] c : cases) {
            String correlationId = "cid-" + UUID.randomUUID();
            given().auth()
                    .oauth2(TOKEN)
                    .header("X-Correlation-Id", correlationId)
                    .header("traceparent", TRACEPARENT)
                    .get(c[0])
                    .then()
                    .statusCode(200)
                    .body("service", equalTo(c[1]))
                    .body("uri", equalTo(c[0]))
                    .header("X-Correlation-Id", correlationId)
                    .header("traceparent", TRACEPARENT);
            UpstreamStubs.Received received = STUBS.last(c[1], c[0]);
            assertNotNull(received, c[0] + " did not reach " + c[1]);
            assertEquals("Bearer " + TOKEN, received.headers().get("Authorization"));
            assertEquals(correlationId, received.headers().get("X-Correlation-Id"));
            assertEquals(TRACEPARENT, received.headers().get("traceparent"));
        }
    }

    @Test
    void makesCorrelationIdAndTraceWhenAbsentAndStreamsBodies() {
        String body = "{\"leadId\":\"" + UUID.randomUUID() + "\",\"model\":\"Aurora\"}";
        Response response = given().auth()
                .oauth2(TOKEN)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/quotes");
        response.then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        UpstreamStubs.Received received = STUBS.last("order-service", "/api/v1/quotes");
        assertEquals(body, received.body());
        assertEquals(response.header("X-Correlation-Id"), received.headers().get("X-Correlation-Id"));
        assertEquals(response.header("traceparent"), received.headers().get("traceparent"));
    }

    @Test
    void addsSecurityHeadersToEveryAnswer() {
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer");
        given().get("/q/health/live").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void refusesEveryBadTokenWith401ProblemAndForwardsNothing() {
        String[] bad = {
            null,
            TestTokens.as("li.wei")
                    .dealer("dealer-sh-01")
                    .roles(Roles.CONSULTANT)
                    .expired()
                    .sign(),
            TestTokens.as("li.wei")
                    .dealer("dealer-sh-01")
                    .roles(Roles.CONSULTANT)
                    .forge(),
            TestTokens.as("li.wei")
                    .dealer("dealer-sh-01")
                    .roles(Roles.CONSULTANT)
                    .audience("another-app")
                    .sign(),
            TestTokens.as("li.wei")
                    .dealer("dealer-sh-01")
                    .roles(Roles.CONSULTANT)
                    .issuer("https://evil.test")
                    .sign(),
            "not-a-jwt"
        };
        String path = "/api/v1/leads/" + UUID.randomUUID();
        for (String token : bad) {
            var request = given();
            if (token != null) {
                request.auth().oauth2(token);
            }
            request.get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", equalTo(401))
                    .body("title", equalTo("Unauthorized"))
                    .header("X-Correlation-Id", notNullValue());
        }
        assertEquals(null, STUBS.last("lead-service", path), "a refused request must not reach the service");
    }

    @Test
    void downUpstreamAnswers503AndRecoversWhenBack() {
        STUBS.stop("aftersales-service");
        try {
            // a refused connection is answered as such (503), not waited out until the route's timeout (504);
            // no wall clock here: a loaded machine may take its time, the answer must still be the 503
            given().auth()
                    .oauth2(TOKEN)
                    .get("/api/v1/complaints")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", containsString("aftersales-service"));
            // after the threshold the circuit is open: refused at once, with Retry-After
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(TOKEN).get("/api/v1/complaints").then().statusCode(503);
            }
            given().auth()
                    .oauth2(TOKEN)
                    .get("/api/v1/complaints")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", notNullValue());
            // other services are unaffected
            given().auth().oauth2(TOKEN).get("/api/v1/leads").then().statusCode(200);
        } finally {
            STUBS.start("aftersales-service");
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> given().auth()
                        .oauth2(TOKEN)
                        .get("/api/v1/complaints")
                        .then()
                        .statusCode(200)
                        .body("service", equalTo("aftersales-service")));
    }

    @Test
    void retriesAFailedGetButNeverAPost() {
        String getPath = "/api/v1/stock/flaky/" + UUID.randomUUID();
        given().auth().oauth2(TOKEN).get(getPath).then().statusCode(200).body("uri", equalTo(getPath));
        assertEquals(
                2,
                STUBS.received("order-service").stream()
                        .filter(r -> r.uri().equals(getPath))
                        .count());

        String postPath = "/api/v1/stock/flaky/" + UUID.randomUUID();
        given().auth()
                .oauth2(TOKEN)
                .contentType("application/json")
                .body("{\"vin\":\"LSV123\"}")
                .post(postPath)
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
        assertEquals(
                1,
                STUBS.received("order-service").stream()
                        .filter(r -> r.uri().equals(postPath))
                        .count(),
                "a POST is never sent twice");
    }

    @Test
    void slowUpstreamIs504ProblemAfterTheRouteTimeout() {
        // the stub answers after 15 s; the route's timeout is 1 s (the default 10 s): this 504 is the route's
        long start = System.nanoTime();
        given().auth()
                .oauth2(TOKEN)
                .get("/api/v1/stock/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("order-service"));
        // the configured timeout is the only clock: never before it (a loaded machine can only be later)
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(millis >= 1000, "answered before the 1 s route timeout, after " + millis + " ms");
    }

    @Test
    void refusesTooLargeBodiesWith413Problem() {
        String big = "{\"note\":\"" + "x".repeat(GatewayTestResources.MAX_BODY + 10) + "\"}";
        given().auth()
                .oauth2(TOKEN)
                .contentType("application/json")
                .body(big)
                .post("/api/v1/leads")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        String publicBig = "{\"message\":\"" + "x".repeat(GatewayTestResources.PUBLIC_MAX_BODY + 10) + "\"}";
        given().header("X-Forwarded-For", randomAddress())
                .contentType("application/json")
                .body(publicBig)
                .post("/public/enquiries")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        // a body just under the limit still goes through
        String fits = "{\"note\":\"" + "x".repeat(GatewayTestResources.MAX_BODY - 100) + "\"}";
        given().auth()
                .oauth2(TOKEN)
                .contentType("application/json")
                .body(fits)
                .post("/api/v1/leads")
                .then()
                .statusCode(200);
    }

    @Test
    void streamsChunkedBodiesAndCutsThemOffAtTheLimit() throws Exception {
        String small = "{\"note\":\"" + "y".repeat(1000) + "\"}";
        java.net.http.HttpResponse<String> fits = chunkedPost("/api/v1/leads", small);
        assertEquals(200, fits.statusCode());
        assertEquals(small, STUBS.last("lead-service", "/api/v1/leads").body());

        String big = "{\"note\":\"" + "y".repeat(GatewayTestResources.MAX_BODY + 1000) + "\"}";
        java.net.http.HttpResponse<String> refused = chunkedPost("/api/v1/leads", big);
        assertEquals(413, refused.statusCode());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(null));
    }

    private static java.net.http.HttpResponse<String> chunkedPost(String path, String body) throws Exception {
        // an InputStream body has no known length: the JDK client sends it chunked
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes)))
                .build();
        return java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void corsPreflightOnlyForConfiguredOrigins() {
        given().header("Origin", "https://showroom.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .options("/api/v1/leads")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://showroom.example")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/leads")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void compressesForClientsThatAskForIt() {
        given().auth()
                .oauth2(TOKEN)
                .header("Accept-Encoding", "gzip")
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .body("service", equalTo("lead-service"));
        given().header("Accept-Encoding", "gzip")
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void measuresEachRoute() {
        given().auth().oauth2(TOKEN).get("/api/v1/targets").then().statusCode(200);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("gateway_route_requests_seconds_bucket{"), "latency histogram");
        assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("gateway_route_requests_seconds_count")
                                && l.contains("route=\"lead\"")
                                && l.contains("status=\"200\"")),
                "per-route count");
    }

    static String randomAddress() {
        java.util.Random random = new java.util.Random();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
