package dev.showroom.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.ShowroomTestResources;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared conventions of docs/api.md on the platform's sample notes: ETag from a versioned view, If-Match
 * checked (412) or required (428), sort by the allowed keys (400 naming sort), and the OpenAPI document saying so.
 */
@QuarkusTest
@QuarkusTestResource(value = ShowroomTestResources.class, restrictToAnnotatedClass = false)
class ConcurrencyConventionsTest {

    static final String CONSULTANT = TestTokens.of("li.wei", "dealer-7", "consultant");

    private static String create(String text) {
        return given().auth()
                .oauth2(CONSULTANT)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\",\"tags\":[\"a\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
    }

    @Test
    void aVersionedViewCarriesItsETagAndAnUpdateChecksIt() {
        String id = create("first");
        given().auth()
                .oauth2(CONSULTANT)
                .get("/api/v1/notes/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");
        given().auth()
                .oauth2(CONSULTANT)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"text\":\"second\"}")
                .put("/api/v1/notes/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
        // the one who read version 0 is refused, and nothing changes
        given().auth()
                .oauth2(CONSULTANT)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"text\":\"lost\"}")
                .put("/api/v1/notes/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://showroom.dev/problems/precondition-failed"));
        given().auth()
                .oauth2(CONSULTANT)
                .get("/api/v1/notes/" + id)
                .then()
                .body("text", equalTo("second"))
                .header("ETag", "\"1\"");
        // a weak tag or a list naming the current version is accepted
        given().auth()
                .oauth2(CONSULTANT)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\", W/\"1\"")
                .body("{\"text\":\"third\"}")
                .put("/api/v1/notes/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void aRequiredIfMatchMissingIs428AndAnOptionalOneMayBeLeftOut() {
        String id = create("pin me");
        given().auth()
                .oauth2(CONSULTANT)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"blind\"}")
                .put("/api/v1/notes/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://showroom.dev/problems/precondition-required"));
        given().auth()
                .oauth2(CONSULTANT)
                .post("/api/v1/notes/" + id + "/pin")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        given().auth()
                .oauth2(CONSULTANT)
                .header("If-Match", "\"0\"")
                .post("/api/v1/notes/" + id + "/pin")
                .then()
                .statusCode(412);
    }

    @Test
    void anUpdateThatForgetsToCheckTheVersionChangesNothing() {
        String id = create("careful");
        given().auth()
                .oauth2(CONSULTANT)
                .header("If-Match", "\"0\"")
                .post("/api/v1/notes/" + id + "/careless")
                .then()
                .statusCode(500);
        given().auth().oauth2(CONSULTANT).get("/api/v1/notes/" + id).then().body("text", equalTo("careful"));
    }

    @Test
    void aChangeCommittedBetweenTheCheckAndTheWriteIs412WithIfMatchAnd409Without() {
        String id = create("contended");
        given().auth()
                .oauth2(CONSULTANT)
                .header("If-Match", "\"0\"")
                .post("/api/v1/notes/" + id + "/contended")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://showroom.dev/problems/precondition-failed"));
        given().auth()
                .oauth2(CONSULTANT)
                .post("/api/v1/notes/" + id + "/contended")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://showroom.dev/problems/stale-version"));
        given().auth().oauth2(CONSULTANT).get("/api/v1/notes/" + id).then().body("text", equalTo("contended"));
    }

    @Test
    void aListSortsByItsKeysAndRefusesAnother() {
        String token = TestTokens.of("li.wei", "dealer-8", "consultant");
        for (String text : List.of("b", "c", "a")) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("{\"text\":\"" + text + "\",\"tags\":[\"a\"]}")
                    .post("/api/v1/notes")
                    .then()
                    .statusCode(201);
        }
        given().auth().oauth2(token).get("/api/v1/notes").then().statusCode(200).body("text", contains("a", "b", "c"));
        given().auth()
                .oauth2(token)
                .queryParam("sort", "-text")
                .get("/api/v1/notes")
                .then()
                .statusCode(200)
                .body("text", contains("c", "b", "a"));
        given().auth()
                .oauth2(token)
                .queryParam("sort", "-text,dealerId")
                .get("/api/v1/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].rule", equalTo("sortKey"));
    }

    @Test
    void theDocumentDeclaresIfMatchETagLocationAndSort() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        JsonNode rewrite = doc.at("/paths/~1api~1v1~1notes~1{id}/put");
        JsonNode ifMatch = header(rewrite, "If-Match");
        assertTrue(ifMatch.path("required").asBoolean(), "rewriteNote requires If-Match: " + rewrite);
        assertTrue(
                rewrite.path("responses").has("412")
                        && rewrite.path("responses").has("428"),
                rewrite.toString());
        assertTrue(rewrite.at("/responses/200/headers").has("ETag"), rewrite.toString());
        JsonNode pin = doc.at("/paths/~1api~1v1~1notes~1{id}~1pin/post");
        assertEquals(false, header(pin, "If-Match").path("required").asBoolean(false));
        assertTrue(pin.path("responses").has("412") && !pin.path("responses").has("428"), pin.toString());
        assertTrue(doc.at("/paths/~1api~1v1~1notes~1{id}/get/responses/200/headers")
                .has("ETag"));
        assertTrue(doc.at("/paths/~1api~1v1~1notes/post/responses/201/headers").has("Location"));
        JsonNode list = doc.at("/paths/~1api~1v1~1notes/get");
        JsonNode sort = null;
        for (JsonNode p : list.path("parameters")) {
            if (p.path("name").asText().equals("sort")) {
                sort = p;
            }
        }
        assertTrue(sort != null, list.toString());
        assertEquals("^-?(text|id)(,-?(text|id))*$", sort.at("/schema/pattern").asText());
        assertTrue(sort.path("description").asText().contains("by default `text`"), sort.toString());
    }

    private static JsonNode header(JsonNode op, String name) {
        for (JsonNode p : op.path("parameters")) {
            if (p.path("in").asText().equals("header")
                    && p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no header " + name + " in " + op);
    }
}
