package dev.showroom.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.testing.CapturedLog;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** The access log records each request once, without query strings (phone fragments) or survey tokens. */
@QuarkusTest
class AccessLogTest {

    @Test
    void noQueryStringAndNoSurveyTokenInTheAccessLog() {
        try (CapturedLog access = CapturedLog.of("dev.showroom.gateway.access", Level.ALL)) {
            String token = "secret" + java.util.UUID.randomUUID().toString().replace("-", "");
            given().header("X-Forwarded-For", ProxyTest.randomAddress())
                    .get("/public/surveys/" + token + "?x=1")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(TestTokens.of("li.wei", "dealer-sh-01", "consultant"))
                    .get("/api/v1/leads?q=1391234")
                    .then()
                    .statusCode(200);
            // the customer's survey page (the web console's route) has the token in its path too
            given().get("/survey/" + token).then().statusCode(200);
            org.awaitility.Awaitility.await().until(() -> access.messages().size() >= 3);
            List<String> lines = access.messages();
            String all = String.join("\n", lines);
            assertFalse(all.contains(token), all);
            assertFalse(all.contains("1391234"), all);
            assertTrue(all.contains("\"GET /public/surveys/{token}\" 200"), all);
            assertTrue(all.contains("\"GET /api/v1/leads\" 200"), all);
            assertTrue(all.contains("\"GET /survey/{token}\" 200"), all);
            assertEquals(3, lines.stream().filter(l -> l.contains("GET /")).count(), all);
        }
    }
}
