package dev.showroom.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Tokens and data shared by the lead-service tests: unique phones per test, since they share one database. */
final class Fixtures {

    static final String DEALER = "dealer-sh-01";
    static final String OTHER_DEALER = "dealer-bj-02";
    static final String MANAGER = TestTokens.of("zhang.manager", DEALER, Roles.MANAGER);
    static final String RECEPTION = TestTokens.of("zhao.reception", DEALER, Roles.RECEPTIONIST);
    static final String HQ = TestTokens.as("hq.analyst").roles(Roles.HQ).sign();

    private Fixtures() {}

    static String consultant(String id) {
        return TestTokens.of(id, DEALER, Roles.CONSULTANT);
    }

    /** A valid Chinese mobile number, local format: 139 + 8 random digits. */
    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String e164(String local) {
        return "+86" + local;
    }

    static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/leads")
                .then();
    }

    static String createLead(String token, String name, String phone, String channel) {
        return create(token, Map.of("name", name, "phone", phone, "channel", channel))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Puts these users on the dealer's roster as active consultants (a manager's token of that dealer). */
    static void consultants(String managerToken, String... userIds) {
        for (String userId : userIds) {
            given().auth()
                    .oauth2(managerToken)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "userId", userId, "displayName", "Consultant " + userId, "roles", List.of("CONSULTANT")))
                    .post("/api/v1/dealer/roster/members")
                    .then()
                    .statusCode(anyOf(is(201), is(409)));
        }
    }

    /** These consultants on duty from the dealer's today on, in this order (they must be on the roster). */
    static void onDutyToday(String managerToken, String... userIds) {
        var today = given().auth()
                .oauth2(managerToken)
                .get("/api/v1/dealer/roster/duty")
                .then()
                .statusCode(200)
                .extract();
        given().auth()
                .oauth2(managerToken)
                .contentType(ContentType.JSON)
                .header("If-Match", today.header("ETag"))
                .body(Map.of("consultants", List.of(userIds)))
                .put("/api/v1/dealer/roster/duty/" + today.path("date"))
                .then()
                .statusCode(200);
    }

    /** The lead's ETag as its owner reads it, for an update that requires If-Match (gradeLead). */
    static String etag(String token, String id) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
