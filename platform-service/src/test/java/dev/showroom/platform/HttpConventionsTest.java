package dev.showroom.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.testing.Postgres;
import dev.showroom.testing.ShowroomTestResources;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ShowroomTestResources.class, restrictToAnnotatedClass = false)
@Order(1)
class HttpConventionsTest {

    static final String CONSULTANT_D1 = TestTokens.of("li.wei", "dealer-1", "consultant");
    static final String CONSULTANT_D2 = TestTokens.of("wang.fang", "dealer-2", "consultant");

    @Test
    void badBodyIsProblemJsonNamingEachFieldAndRule() {
        given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"\",\"tags\":[\"\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("text"))
                .body("errors.find { it.field == 'text' }.rule", equalTo("notBlank"))
                .body("errors.field", hasItem("tags[0]"))
                .body("correlationId", notNullValue());
    }

    @Test
    void wrongTypeAndMalformedJsonAreProblems() {
        given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"hi\",\"tags\":5}")
                .post("/api/v1/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("tags"));
        given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .body("{\"text\":")
                .post("/api/v1/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"a\\u0000b\",\"tags\":[\"a\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aDealerClaimThatIsAListMissingOrBlankIsRefusedAtAuthentication() {
        for (String token : new String[] {
            TestTokens.as("li.wei")
                    .dealerClaim(java.util.List.of("dealer-1", "dealer-2"))
                    .roles("consultant")
                    .sign(),
            TestTokens.as("li.wei")
                    .dealerClaim(java.util.List.of("dealer-1"))
                    .roles("consultant")
                    .sign(),
            TestTokens.as("li.wei").dealerClaim(42).roles("consultant").sign(),
            TestTokens.as("li.wei")
                    .dealerClaim(java.util.Map.of("id", "dealer-1"))
                    .roles("consultant")
                    .sign(),
            TestTokens.as("li.wei").dealer(" ").roles("consultant").sign(),
            TestTokens.as("li.wei").roles("consultant").sign(),
            TestTokens.as("li.wei").roles("manager").sign()
        }) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/notes")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        // the cross-dealer roles may come without a dealer (and then see no dealer's rows)
        given().auth()
                .oauth2(TestTokens.as("gateway").roles("service").sign())
                .get("/api/v1/notes")
                .then()
                .statusCode(org.hamcrest.Matchers.not(401));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void aUniqueCollisionsErrorCarriesNoValuesIntoLogs() throws Exception {
        // every log line about a failed write (Hibernate's SQL warning, the 500 mapper) prints this message
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("create temporary table collision (phone text unique)");
            s.execute("insert into collision values ('+8613912345678')");
            java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.sql.SQLException.class, () -> s.execute("insert into collision values ('+8613912345678')"));
            assertEquals("23505", e.getSQLState());
            org.junit.jupiter.api.Assertions.assertFalse(e.toString().contains("13912345678"), e.toString());
        }
    }

    @Test
    void aRequestLineIsBoundedSensibly() {
        // 100 KB of query string: refused by the HTTP codec (414) rather than parsed and handed on
        given().auth()
                .oauth2(CONSULTANT_D1)
                .queryParam("q", "x".repeat(100_000))
                .get("/api/v1/notes")
                .then()
                .statusCode(414);
        // a long but plausible one still reaches the application
        given().auth()
                .oauth2(CONSULTANT_D1)
                .queryParam("q", "x".repeat(20_000))
                .get("/api/v1/notes")
                .then()
                .statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    @Test
    void duplicateJsonKeysAreRefused() {
        given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"hi\",\"text\":\"other\",\"tags\":[\"a\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].rule", equalTo("duplicateKey"));
    }

    @Test
    void missingForgedExpiredAndWrongAudienceTokensAre401() {
        given().get("/api/v1/notes").then().statusCode(401).contentType("application/problem+json");
        for (String token : new String[] {
            TestTokens.as("li.wei").dealer("dealer-1").roles("consultant").forge(),
            TestTokens.as("li.wei")
                    .dealer("dealer-1")
                    .roles("consultant")
                    .expired()
                    .sign(),
            TestTokens.as("li.wei")
                    .dealer("dealer-1")
                    .roles("consultant")
                    .audience("elsewhere")
                    .sign()
        }) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/notes")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aRoleWithoutTheRightIsForbidden() {
        given().auth()
                .oauth2(TestTokens.of("zhao.min", "dealer-1", "receptionist"))
                .get("/api/v1/notes")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anotherDealersRecordIsNotFoundAndNotListed() {
        String id = given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"dealer one\",\"tags\":[\"a\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(201)
                .body("dealerId", equalTo("dealer-1"))
                .extract()
                .path("id");
        given().auth().oauth2(CONSULTANT_D1).get("/api/v1/notes/" + id).then().statusCode(200);
        given().auth()
                .oauth2(CONSULTANT_D2)
                .get("/api/v1/notes/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(CONSULTANT_D2)
                .get("/api/v1/notes")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body("{\"text\":\"retry me\",\"tags\":[\"a\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body("{\"text\":\"retry me\",\"tags\":[\"a\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/notes/" + first))
                .body("id", equalTo(first));
        try (var c = Postgres.get().connect();
                ResultSet rs =
                        c.createStatement().executeQuery("select count(*) from sample_note where text = 'retry me'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void theCorrelationIdComesBackAndTravelsWithTheEvent() {
        String id = given().auth()
                .oauth2(CONSULTANT_D1)
                .contentType(ContentType.JSON)
                .header("X-Correlation-Id", "req-42")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .body("{\"text\":\"traced\",\"tags\":[\"a\"]}")
                .post("/api/v1/notes")
                .then()
                .statusCode(201)
                .header("X-Correlation-Id", equalTo("req-42"))
                .extract()
                .path("id");
        var event = TestEvents.await("sample.noted", r -> id.equals(r.key()));
        assertEquals("req-42", TestEvents.header(event, "correlation-id"));
        assertEquals(
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", TestEvents.header(event, "traceparent"));
        assertEquals("showroom.sample.noted.v1", TestEvents.header(event, "ce_type"));
        assertEquals("1.0", TestEvents.header(event, "ce_specversion"));
        assertEquals("/showroom/platform-test", TestEvents.header(event, "ce_source"));
        assertEquals(id, TestEvents.header(event, "ce_subject"));
    }
}
