package dev.showroom.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public endpoints' limits as an attacker would probe them: a forged X-Forwarded-For, odd spellings of
 * the path, a chunked body, and (SharedLimitTest) more than one replica.
 */
@QuarkusTest
class EdgeLimitsTest {

    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String QUERY = "{\"orderNumber\":\"SO-1\",\"phoneLast4\":\"1111\"}";

    @Test
    void aForgedLeftMostForwardedForDoesNotBuyAFreshBudget() {
        // the client writes any X-Forwarded-For it likes; the trusted proxy appends the address it saw
        String real = ProxyTest.randomAddress();
        for (int i = 0; i < GatewayTestResources.PUBLIC_REQUESTS; i++) {
            given().header("X-Forwarded-For", ProxyTest.randomAddress() + ", " + real)
                    .contentType("application/json")
                    .body(QUERY)
                    .post("/public/order-status")
                    .then()
                    .statusCode(404);
        }
        given().header("X-Forwarded-For", ProxyTest.randomAddress() + ", " + real)
                .contentType("application/json")
                .body(QUERY)
                .post("/public/order-status")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
        // two headers are one list: the last one's last hop counts
        given().header("X-Forwarded-For", ProxyTest.randomAddress())
                .header("X-Forwarded-For", real)
                .contentType("application/json")
                .body(QUERY)
                .post("/public/order-status")
                .then()
                .statusCode(429);
    }

    @Test
    void theProvidersWebhookHasABudgetOfItsOwnThatVisitorsCannotSpend() {
        String provider = ProxyTest.randomAddress();
        for (int i = 0; i < GatewayTestResources.PUBLIC_REQUESTS; i++) {
            given().header("X-Forwarded-For", provider)
                    .contentType("application/json")
                    .body(QUERY)
                    .post("/public/order-status")
                    .then()
                    .statusCode(404);
        }
        // the visitors' budget of this address is spent; the webhook's is not (20 a minute was too few for a provider)
        for (int i = 0; i < GatewayTestResources.WEBHOOK_REQUESTS; i++) {
            int status = given().header("X-Forwarded-For", provider)
                    .header("X-Showroom-Signature", "sha256=abc")
                    .contentType("application/json")
                    .body("{\"type\":\"REPLY\"}")
                    .post("/public/messages/inbound")
                    .then()
                    .extract()
                    .statusCode();
            assertTrue(status != 429, "webhook call " + i + " refused");
        }
        given().header("X-Forwarded-For", provider)
                .header("X-Showroom-Signature", "sha256=abc")
                .contentType("application/json")
                .body("{\"type\":\"REPLY\"}")
                .post("/PUBLIC//messages/inbound")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
    }

    static final List<String> SPELLINGS = List.of(
            "/PUBLIC/order-status",
            "//public/order-status",
            "/public//order-status",
            "/public/order-status/",
            "/public%2Forder-status",
            "/public%252Forder-status",
            "/Public/./order-status",
            "/x/../public/order-status",
            "/public;v=1/order-status");

    @Test
    void everySpellingOfThePublicPathMeetsThePublicBodyLimit() throws Exception {
        String big = "{\"orderNumber\":\"" + "9".repeat(GatewayTestResources.PUBLIC_MAX_BODY + 100) + "\"}";
        for (String path : SPELLINGS) {
            HttpResponse<String> answer =
                    post(path, ProxyTest.randomAddress(), HttpRequest.BodyPublishers.ofString(big));
            assertEquals(413, answer.statusCode(), path + ": " + answer.body());
            assertEquals(
                    "application/problem+json",
                    answer.headers().firstValue("Content-Type").orElse(null),
                    path);
        }
    }

    @Test
    void everySpellingOfThePublicPathSpendsTheSameBudget() throws Exception {
        String address = ProxyTest.randomAddress();
        for (int i = 0; i < GatewayTestResources.PUBLIC_REQUESTS; i++) {
            post(SPELLINGS.get(i % SPELLINGS.size()), address, HttpRequest.BodyPublishers.ofString(QUERY));
        }
        for (String path : SPELLINGS) {
            HttpResponse<String> answer = post(path, address, HttpRequest.BodyPublishers.ofString(QUERY));
            assertEquals(429, answer.statusCode(), path + ": " + answer.body());
        }
    }

    @Test
    void aChunkedPublicBodyIsRefused() throws Exception {
        byte[] small = QUERY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> answer = post(
                "/public/order-status",
                ProxyTest.randomAddress(),
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small)));
        assertEquals(411, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Content-Length"), answer.body());
        // with its length stated, the same body is answered
        assertFalse(post("/public/order-status", ProxyTest.randomAddress(), HttpRequest.BodyPublishers.ofString(QUERY))
                        .statusCode()
                >= 500);
    }

    @Test
    void duplicateKeysInAPublicFormAreRefused() {
        given().header("X-Forwarded-For", ProxyTest.randomAddress())
                .contentType("application/json")
                .body("{\"orderNumber\":\"SO-1\",\"phoneLast4\":\"1111\",\"phoneLast4\":\"2222\"}")
                .post("/public/order-status")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("phoneLast4"))
                .body("errors[0].rule", org.hamcrest.Matchers.equalTo("duplicateKey"));
    }

    static HttpResponse<String> post(String path, String address, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(body)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
