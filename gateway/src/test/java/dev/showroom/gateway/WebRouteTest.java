package dev.showroom.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * The web console's routes: forwarded without a bearer token with the host the browser used, and the
 * browser's own form posts never refused by CORS (the bug of an earlier attempt: Quarkus's CORS filter
 * answered 403 to a same-origin POST, whose Origin was in no list, or "null" under no-referrer).
 */
@QuarkusTest
class WebRouteTest {

    static final UpstreamStubs STUBS = UpstreamStubs.get();
    static final String TOKEN = TestTokens.of("li.wei", "dealer-sh-01", Roles.CONSULTANT);

    @Test
    void consolePagesGoToTheWebApplicationWithoutAToken() {
        for (String path : new String[] {
            "/console",
            "/console/prospects?q=li",
            "/survey/tok123",
            "/where-is-my-car",
            "/enquiry",
            "/test-drive-request",
            "/webjars/htmx.org/2.0.4/dist/htmx.min.js",
            "/static/console.css"
        }) {
            given().redirects().follow(false).get(path).then().statusCode(200).body("service", equalTo("web"));
        }
        UpstreamStubs.Received received = STUBS.last("web", "/console/prospects");
        assertNotNull(received);
        assertNull(received.headers().get("Authorization"));
        assertEquals("localhost:" + RestAssured.port, received.headers().get("X-Forwarded-Host"));
        assertEquals(String.valueOf(RestAssured.port), received.headers().get("X-Forwarded-Port"));
        assertEquals("http", received.headers().get("X-Forwarded-Proto"));
    }

    @Test
    void overHttp2TheForwardedHostKeepsItsPort() throws Exception {
        // Java's client asks for h2c (HTTP/2 upgrade): the host then comes as :authority, not as a Host header
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2)
                .build();
        java.net.URI page = java.net.URI.create("http://localhost:" + RestAssured.port + "/console/h2c");
        for (int i = 0; i < 2; i++) { // the first request upgrades the connection, the second is HTTP/2 from the start
            var answer = client.send(
                    java.net.http.HttpRequest.newBuilder(page).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            UpstreamStubs.Received received = STUBS.last("web", "/console/h2c");
            assertEquals(
                    "localhost:" + RestAssured.port,
                    received.headers().get("X-Forwarded-Host"),
                    "request " + i + " over " + answer.version());
            assertEquals(String.valueOf(RestAssured.port), received.headers().get("X-Forwarded-Port"));
        }
    }

    @Test
    void theBrowsersOwnFormPostsAreNotRefused() {
        String own = "http://localhost:" + RestAssured.port;
        given().header("Origin", own)
                .contentType("application/x-www-form-urlencoded")
                .formParam("a", "1")
                .post("/console/sign-out")
                .then()
                .statusCode(200)
                .body("service", equalTo("web"));
        given().header("Origin", "null")
                .contentType("application/x-www-form-urlencoded")
                .formParam("a", "1")
                .post("/survey/tok123")
                .then()
                .statusCode(200)
                .body("service", equalTo("web"));
        // the console's pages are the browser's own, whatever Origin a redirect chain left on the request
        given().header("Origin", "https://keycloak.example")
                .contentType("application/x-www-form-urlencoded")
                .formParam("a", "1")
                .post("/console/signed-in")
                .then()
                .statusCode(200)
                .body("service", equalTo("web"));
        // a same-origin call of the API passes too
        given().auth()
                .oauth2(TOKEN)
                .header("Origin", own)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("service", equalTo("lead-service"));
    }

    @Test
    void aForeignOriginIsStillRefusedOnTheApi() {
        given().auth()
                .oauth2(TOKEN)
                .header("Origin", "https://evil.example")
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/leads")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKEN)
                .header("Origin", "https://showroom.example")
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://showroom.example");
    }

    @Test
    void aPageTheConsoleCompressedIsNotCompressedTwice() {
        // RestAssured decodes gzip once: a page compressed twice would come out as gzip bytes
        given().header("Accept-Encoding", "gzip")
                .get("/static/gzipped.html")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .body(org.hamcrest.Matchers.equalTo("<p>compressed once</p>"));
    }

    @Test
    void theConsoleIsNoPartOfTheMergedOpenApi() {
        given().get("/openapi.json").then().statusCode(200).body("$", not(hasKey("x-showroom-missing")));
    }
}
