package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.showroom.testing.Postgres;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * After an erasure nothing of this service hands the person back: not a replay of the creating request's
 * Idempotency-Key, not the outbox's copy of the events about them.
 */
@io.quarkus.test.junit.QuarkusTest
class ErasureLeavesNothingTest {

    @Test
    void aReplayAfterTheErasureDoesNotReturnTheNameAndTheOutboxForgetsThePerson() throws Exception {
        String phone = mobile();
        String key = "create-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("name", "Replay Me", "phone", phone, "channel", "WALK_IN",
                "email", "replay@example.com", "consultantId", "li.wei");
        String id = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/leads").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MANAGER).post("/api/v1/leads/" + id + "/erasure").then().statusCode(200);

        Response replay = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/leads");
        replay.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertFalse(replay.asString().contains("Replay Me"), replay.asString());
        assertFalse(replay.asString().contains(phone.substring(phone.length() - 8)), replay.asString());

        List<String> payloads = outboxPayloads(id);
        assertTrue(payloads.size() >= 2, "lead.created and customer.erasure-requested: " + payloads.size());
        for (String payload : payloads) {
            assertFalse(payload.contains("Replay Me"), payload);
            assertFalse(payload.contains(phone.substring(phone.length() - 8)), payload);
            assertFalse(payload.contains("replay@example.com"), payload);
        }
    }

    static List<String> outboxPayloads(String leadId) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("select payload from outbox_event where event_key = ? order by id")) {
            ps.setString(1, leadId);
            try (var rs = ps.executeQuery()) {
                List<String> payloads = new ArrayList<>();
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
                return payloads;
            }
        }
    }
}
