package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An erasure reaches what was typed before the person was a lead: the visit's outcome, the stored answer
 * to the creating request (found by the phone), the outbox's visit.recorded with the contact.
 */
@QuarkusTest
class ErasureTest {

    @Test
    void theCallersVisitOutcomeStoredAnswerAndOutboxRowForgetThem() {
        String phone = mobile();
        String key = "call-" + UUID.randomUUID();
        Map<String, Object> call = new HashMap<>();
        call.put("contact", Map.of("name", "Dong Lei", "phone", phone));
        call.put("ringCount", 2);
        call.put("checkpoints", ReceptionTest.callCheckpoints(true, true, true, true));
        call.put("outcome", "Dong Lei's wife is pregnant, wants a bigger car");
        String visitId = given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(call)
                .post("/api/v1/visits/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID leadId = UUID.randomUUID();
        // the contact copy has not arrived (another topic): the stored answer is found by the visit's id
        leadCreatedAlone(leadId, "li.wei", UUID.fromString(visitId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leadId.equals(db("select lead_id from visit where id = ?", UUID.fromString(visitId))));

        TestEvents.send(
                "customer.erasure-requested",
                leadId.toString(),
                "{\"leadId\":\"" + leadId + "\",\"dealerId\":\"" + DEALER + "\",\"requestedAt\":\"" + Instant.now()
                        + "\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db("select erased_at from known_lead where lead_id = ?", leadId) != null);

        assertNull(db("select outcome from visit where id = ?", UUID.fromString(visitId)));
        Response replay = given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(call)
                .post("/api/v1/visits/calls");
        replay.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertFalse(replay.asString().contains("Dong Lei"), replay.asString());
        assertEquals(
                0L,
                db(
                        "select count(*) from outbox_event where payload like ? or payload like ?",
                        "%Dong Lei%",
                        "%" + phone + "%"));
    }
}
