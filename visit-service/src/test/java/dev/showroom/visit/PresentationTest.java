package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Step 5: a consultant's product presentation, its checkpoints in compliance and presentation.recorded. */
@QuarkusTest
class PresentationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> presentation(UUID leadId, String needs, boolean customerTookPart) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadId", leadId.toString());
        if (needs != null) {
            body.put("needsAnalysisId", needs);
        }
        body.put("modelCode", "AURORA");
        body.put("trimCode", "LONG_RANGE");
        body.put(
                "points",
                List.of(
                        Map.of(
                                "sellingPointId",
                                UUID.randomUUID().toString(),
                                "feature",
                                "600 km range",
                                "reacted",
                                true,
                                "need",
                                "FAMILY"),
                        Map.of("feature", "Heat pump", "reacted", false)));
        body.put("competitorAsked", "Rival EV7");
        body.put(
                "checkpoints",
                Map.of("biggestBenefitFirst", true, "customerTookPart", customerTookPart, "noCompetitorRunDown", true));
        return body;
    }

    @Test
    void aConsultantPresentsToTheirOwnCustomerAndTheCheckpointsCountInCompliance() throws Exception {
        UUID leadId = UUID.randomUUID();
        String who = unique("present");
        leadAssigned(leadId, who);
        awaitKnown(leadId, who);
        String needs = post(
                        consultant(who),
                        "/api/v1/needs-analyses",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "neads",
                                Map.of("enjoys", "space"),
                                "form",
                                Map.of("family", "two children")))
                .statusCode(201)
                .extract()
                .path("id");

        // a point linked to a need names the needs analysis; the analysis must be this lead's
        post(consultant(who), "/api/v1/presentations", presentation(leadId, null, true))
                .statusCode(400)
                .body("errors[0].field", equalTo("points[0].need"))
                .body("errors[0].rule", equalTo("needsAnalysis"));
        post(
                        consultant(who),
                        "/api/v1/presentations",
                        presentation(leadId, UUID.randomUUID().toString(), true))
                .statusCode(400)
                .body("errors[0].field", equalTo("needsAnalysisId"));
        Map<String, Object> noPoints = presentation(leadId, needs, true);
        noPoints.put("points", List.of());
        post(consultant(who), "/api/v1/presentations", noPoints)
                .statusCode(400)
                .body("errors[0].field", equalTo("points"));

        String key = UUID.randomUUID().toString();
        var created = RestAssured.given()
                .auth()
                .oauth2(consultant(who))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(presentation(leadId, needs, false))
                .post("/api/v1/presentations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/presentations/"))
                .header("ETag", equalTo("\"0\""))
                .body("consultantId", equalTo(who))
                .body("pointsReactedTo", equalTo(1))
                .body("points[0].need", equalTo("FAMILY"))
                .body(
                        "checkpoints.code",
                        equalTo(List.of("BIGGEST_BENEFIT_FIRST", "CUSTOMER_TOOK_PART", "NO_COMPETITOR_RUN_DOWN")))
                .body("checkpoints.met", equalTo(List.of(true, false, true)))
                .extract();
        String id = created.path("id");
        // the same key again: the first answer, nothing new
        RestAssured.given()
                .auth()
                .oauth2(consultant(who))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(presentation(leadId, needs, false))
                .post("/api/v1/presentations")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        assertEquals(1L, db("select count(*) from presentation where lead_id = ?", leadId));

        var event =
                TestEvents.await("presentation.recorded", r -> leadId.toString().equals(r.key()));
        EventContract.assertValid(event);
        JsonNode payload = JSON.readTree(event.value());
        assertEquals(id, payload.get("presentationId").asText());
        assertEquals(2, payload.get("pointsCovered").asInt());
        assertEquals(1, payload.get("pointsReactedTo").asInt());
        assertEquals("Rival EV7", payload.get("competitorAsked").asText());
        assertEquals(3, payload.get("checkpoints").size());
        assertFalse(event.value().contains("600 km range"), "the points' words stay in visit-service");

        // who may see it: the consultant and the manager; not a colleague, not the reception
        get(consultant(who), "/api/v1/presentations/" + id)
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("competitorAsked", equalTo("Rival EV7"));
        get(MANAGER, "/api/v1/presentations?leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        get(consultant("wang.fang"), "/api/v1/presentations/" + id).statusCode(404);
        get(consultant("wang.fang"), "/api/v1/presentations?leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(0));
        post(consultant("wang.fang"), "/api/v1/presentations", presentation(leadId, needs, true))
                .statusCode(404);
        get(RECEPTION, "/api/v1/presentations/" + id).statusCode(403);
        post(RECEPTION, "/api/v1/presentations", presentation(leadId, needs, true))
                .statusCode(403);
        get(OTHER_MANAGER, "/api/v1/presentations/" + id).statusCode(404);
        get(MANAGER, "/api/v1/presentations?sort=colour").statusCode(400).body("errors[0].field", equalTo("sort"));

        // compliance: the presentation's step beside the calls and walk-ins, each checkpoint counted
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        get(MANAGER, "/api/v1/compliance?step=PRESENTATION&consultantId=" + who + "&from=" + today.minusDays(1))
                .statusCode(200)
                .body("overall.checks", equalTo(3))
                .body("overall.met", equalTo(2))
                .body("bySteps.step", equalTo(List.of("PRESENTATION")))
                .body("byCheckpoint.find { it.checkpoint == 'CUSTOMER_TOOK_PART' }.met", equalTo(0))
                .body("byCheckpoint.find { it.checkpoint == 'BIGGEST_BENEFIT_FIRST' }.share", notNullValue());
        get(MANAGER, "/api/v1/compliance?consultantId=" + who)
                .statusCode(200)
                .body("bySteps.step", hasItem("PRESENTATION"));
    }
}
