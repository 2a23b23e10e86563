package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Objections at any step (seed 002's routine) and the defeat analysis with the manager's review, against the real
 * database and broker: the rules' 400s name field and rule, the events are schema-valid, the reports count.
 */
@QuarkusTest
class ObjectionsAndDefeatsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ME = "obj.consultant";
    static final String OTHER = "obj.other";

    static Map<String, Object> objection(String category, boolean locked, boolean committed, boolean resolved) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("context", "NEGOTIATION");
        body.put("model", "Aurora S");
        body.put("objectorDecides", true);
        body.put("genuine", "TRUE_OBJECTION");
        body.put("onlyReasonConfirmed", locked);
        body.put("commitmentObtained", committed);
        body.put("resolved", resolved);
        return body;
    }

    static io.restassured.response.ValidatableResponse raise(String token, String lead, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/leads/" + lead + "/objections")
                .then();
    }

    /** The objections open now on the consultant's leads in play (the manager's dashboard figure). */
    static int openOf(String consultantId) {
        return given().auth()
                .oauth2(MANAGER)
                .queryParam("consultantId", consultantId)
                .get("/api/v1/funnel/objections/open")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Test
    void anObjectionFollowsTheRoutineAndIsAnnounced() throws Exception {
        String token = consultant(ME);
        String lead = createLead(token, "Objecting Customer", mobile(), "WALK_IN");
        int openBefore = openOf(ME);

        raise(token, lead, objection("PRICE", false, true, false))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("commitmentObtained"))
                .body("errors[0].rule", equalTo("lockBeforeCommitment"));
        raise(token, lead, objection("PRICE", true, true, true))
                .statusCode(400)
                .body("errors[0].field", equalTo("answer"))
                .body("errors[0].rule", equalTo("answerBeforeResolve"));
        raise(consultant(OTHER), lead, objection("PRICE", true, true, false)).statusCode(404);
        raise(RECEPTION, lead, objection("PRICE", true, true, false)).statusCode(403);

        String id = raise(token, lead, objection("GUARANTEES", true, false, false))
                .statusCode(201)
                .header("Location", containsString("/api/v1/leads/" + lead + "/objections/"))
                .body("stageAt", equalTo("NEW"))
                .body("resolved", equalTo(false))
                .extract()
                .path("id");
        var raised = TestEvents.await("objection.raised", r -> r.value().contains(id));
        EventContract.assertValid(raised);
        assertEquals(lead, raised.key());
        assertEquals("GUARANTEES", JSON.readTree(raised.value()).get("category").asText());

        given().auth()
                .oauth2(token)
                .get("/api/v1/leads/" + lead + "/objections/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""));
        // the resolution takes the version read: 428 without it, 412 when it is stale
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "Five years' warranty", "commitmentObtained", true))
                .post("/api/v1/leads/" + lead + "/objections/" + id + "/resolution")
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"7\"")
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "Five years' warranty", "commitmentObtained", true))
                .post("/api/v1/leads/" + lead + "/objections/" + id + "/resolution")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("commitmentObtained", true))
                .post("/api/v1/leads/" + lead + "/objections/" + id + "/resolution")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answer"));
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "Five years' warranty, in writing", "commitmentObtained", true))
                .post("/api/v1/leads/" + lead + "/objections/" + id + "/resolution")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("resolved", equalTo(true))
                .body("commitmentObtained", equalTo(true));
        EventContract.assertValid(
                TestEvents.await("objection.resolved", r -> r.value().contains(id)));
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "again"))
                .post("/api/v1/leads/" + lead + "/objections/" + id + "/resolution")
                .then()
                .statusCode(409);
        String second = raise(token, lead, objection("PRICE", true, false, false))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .path("id");
        // the dashboard's figure: objections still open on leads in play, per consultant owning the lead
        given().auth()
                .oauth2(MANAGER)
                .queryParam("consultantId", ME)
                .get("/api/v1/funnel/objections/open")
                .then()
                .statusCode(200)
                .body("total", equalTo(openBefore + 1))
                .body("rows[0].consultantId", equalTo(ME))
                .body("rows[0].open", equalTo(openBefore + 1));
        given().auth()
                .oauth2(consultant(OTHER))
                .get("/api/v1/funnel/objections/open")
                .then()
                .statusCode(200)
                .body("consultantId", equalTo(OTHER))
                .body("rows.consultantId", not(hasItem(ME)));
        given().auth()
                .oauth2(RECEPTION)
                .get("/api/v1/funnel/objections/open")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .get("/api/v1/leads/" + lead + "/objections")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second, id))
                .body("items[1].answer", equalTo("Five years' warranty, in writing"));
        given().auth()
                .oauth2(token)
                .queryParam("sort", "raisedAt")
                .get("/api/v1/leads/" + lead + "/objections")
                .then()
                .statusCode(200)
                .body("items.id", contains(id, second));
        given().auth()
                .oauth2(token)
                .queryParam("sort", "answer")
                .get("/api/v1/leads/" + lead + "/objections")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].rule", equalTo("sortKey"));
    }

    @Test
    void aDefeatIsAnalysedReviewedAndReported() throws Exception {
        String token = consultant(ME);
        consultants(MANAGER, OTHER);
        String lost = createLead(token, "Lost To Rival", mobile(), "ONLINE");
        raise(token, lost, objection("COMPETITOR", false, false, false)).statusCode(201);
        int openBeforeDefeat = openOf(ME);

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "BOUGHT_COMPETITOR", "competitorBrand", "Rival"))
                .post("/api/v1/leads/" + lost + "/defeat")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("competitorModel"))
                .body("errors[0].rule", equalTo("requiredForCompetitor"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "POSTPONED", "competitorBrand", "Rival"))
                .post("/api/v1/leads/" + lost + "/defeat")
                .then()
                .statusCode(400)
                .body("errors[0].rule", equalTo("onlyForCompetitor"));
        String defeatId = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "reason",
                        "BOUGHT_COMPETITOR",
                        "competitorBrand",
                        "Rival",
                        "competitorModel",
                        "R5",
                        "objection",
                        "COMPETITOR"))
                .post("/api/v1/leads/" + lost + "/defeat")
                .then()
                .statusCode(200)
                .body("defeat.stageReached", equalTo("NEW"))
                .body("defeat.review", equalTo("PENDING"))
                .extract()
                .path("defeat.id");
        var defeated = TestEvents.await("lead.defeated", r -> r.value().contains(defeatId));
        EventContract.assertValid(defeated);
        assertEquals(
                "R5", JSON.readTree(defeated.value()).get("competitorModel").asText());
        raise(token, lost, objection("PRICE", false, false, false)).statusCode(409);

        // the manager's queue: pending defeats with the objections that preceded them
        given().auth()
                .oauth2(MANAGER)
                .queryParam("review", "PENDING")
                .queryParam("consultantId", ME)
                .get("/api/v1/defeats")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(defeatId))
                .body("items.find { it.id == '" + defeatId + "' }.leadName", equalTo("Lost To Rival"))
                .body("items.find { it.id == '" + defeatId + "' }.lastObjections", hasSize(1))
                .body("items.find { it.id == '" + defeatId + "' }.lastObjections[0].category", equalTo("COMPETITOR"));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("sort", "-defeatedAt")
                .queryParam("consultantId", ME)
                .get("/api/v1/defeats")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(defeatId));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("sort", "leadName")
                .get("/api/v1/defeats")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].rule", equalTo("sortKey"));
        String read = given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/defeats/" + defeatId)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(token)
                .header("If-Match", read)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/defeats/" + defeatId + "/review")
                .then()
                .statusCode(403);
        // the review takes the version the manager read: 428 without it, 412 when it is stale
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/defeats/" + defeatId + "/review")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(MANAGER)
                .header("If-Match", "\"99\"")
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/defeats/" + defeatId + "/review")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        String reviewed = given().auth()
                .oauth2(MANAGER)
                .header("If-Match", read)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/defeats/" + defeatId + "/review")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("review", equalTo("CONFIRMED"))
                .body("reviewedBy", equalTo("zhang.manager"))
                .extract()
                .header("ETag");
        var confirmed = TestEvents.await("lead.defeat-reviewed", r -> r.value().contains(defeatId));
        EventContract.assertValid(confirmed);
        assertEquals(
                "CONFIRMED", JSON.readTree(confirmed.value()).get("decision").asText());
        given().auth()
                .oauth2(MANAGER)
                .header("If-Match", reviewed)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/defeats/" + defeatId + "/review")
                .then()
                .statusCode(409);

        // a defeated lead's objections are no longer open
        assertEquals(openBeforeDefeat - 1, openOf(ME));
        // another defeat, reopened by the manager for a consultant of the roster
        String postponed = createLead(token, "Not This Year", mobile(), "PHONE");
        String second = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "POSTPONED"))
                .post("/api/v1/leads/" + postponed + "/defeat")
                .then()
                .statusCode(200)
                .extract()
                .path("defeat.id");
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "REOPEN", "consultantId", "nobody.here"))
                .header("If-Match", "*")
                .post("/api/v1/defeats/" + second + "/review")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("consultantId"))
                .body("errors[0].rule", equalTo("rosterConsultant"));
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "REOPEN", "consultantId", OTHER))
                .header("If-Match", "*")
                .post("/api/v1/defeats/" + second + "/review")
                .then()
                .statusCode(200)
                .body("review", equalTo("REOPENED"))
                .body("reassignedTo", equalTo(OTHER));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + postponed)
                .then()
                .statusCode(200)
                .body("consultantId", equalTo(OTHER))
                .body("grade", equalTo("C"))
                .body("defeat", equalTo(null))
                .body("nextFollowUpAt", notNullValue());
        EventContract.assertValid(TestEvents.await(
                "lead.defeat-reviewed",
                r -> r.value().contains(second) && r.value().contains("REOPENED")));
        // the lead's defeats with the manager's review, for the lead's page: the reopened one stays in its history,
        // and the consultant it was handed to sees it (though a colleague declared it)
        given().auth()
                .oauth2(consultant(OTHER))
                .queryParam("leadId", postponed)
                .get("/api/v1/defeats")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].review", equalTo("REOPENED"))
                .body("items[0].reviewedBy", equalTo("zhang.manager"))
                .body("items[0].reassignedTo", equalTo(OTHER));
        given().auth()
                .oauth2(token)
                .queryParam("leadId", postponed)
                .get("/api/v1/defeats")
                .then()
                .statusCode(404);

        // hq: every dealer's defeats per reason, competitor, stage reached, counts only
        given().auth()
                .oauth2(HQ)
                .queryParam("groupBy", "COMPETITOR")
                .get("/api/v1/funnel/defeats/hq")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body(
                        "rows.find { it.dealerId == '" + DEALER + "' && it.key == 'Rival R5' }.defeats",
                        greaterThanOrEqualTo(1))
                .body(
                        "rows.find { it.dealerId == '" + DEALER + "' && it.key == 'Rival R5' }.confirmed",
                        greaterThanOrEqualTo(1))
                .body("rows[0]", not(hasKey("consultantId")))
                .body("toString()", not(containsString("Lost To Rival")));
        given().auth()
                .oauth2(HQ)
                .queryParam("groupBy", "STAGE")
                .get("/api/v1/funnel/defeats/hq")
                .then()
                .statusCode(200)
                .body("groupBy", equalTo("STAGE"))
                .body("rows.findAll { it.dealerId == '" + DEALER + "' }.key", hasItem("NEW"));
        given().auth()
                .oauth2(HQ)
                .queryParam("groupBy", "CONSULTANT")
                .get("/api/v1/funnel/defeats/hq")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].rule", equalTo("noConsultantForHq"));
        given().auth().oauth2(MANAGER).get("/api/v1/funnel/defeats/hq").then().statusCode(403);

        // the reports
        given().auth()
                .oauth2(MANAGER)
                .queryParam("groupBy", "COMPETITOR")
                .queryParam("consultantId", ME)
                .get("/api/v1/funnel/defeats")
                .then()
                .statusCode(200)
                .body("rows.find { it.key == 'Rival R5' }.confirmed", equalTo(1));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("groupBy", "REASON")
                .queryParam("consultantId", ME)
                .get("/api/v1/funnel/defeats")
                .then()
                .statusCode(200)
                .body("rows.find { it.key == 'POSTPONED' }.reopened", equalTo(1));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("groupBy", "CHANNEL")
                .get("/api/v1/funnel/defeats")
                .then()
                .statusCode(200)
                .body("rows.key", hasItem("ONLINE"));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("groupBy", "CATEGORY")
                .queryParam("consultantId", ME)
                .get("/api/v1/funnel/objections")
                .then()
                .statusCode(200)
                .body("rows.find { it.key == 'COMPETITOR' }.beforeDefeat", equalTo(1));
        given().auth()
                .oauth2(token)
                .queryParam("groupBy", "moon")
                .get("/api/v1/funnel/defeats")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        // a consultant's report is their own
        given().auth()
                .oauth2(consultant(OTHER))
                .get("/api/v1/funnel/objections")
                .then()
                .statusCode(200)
                .body("consultantId", equalTo(OTHER));
    }
}
