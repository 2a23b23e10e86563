package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadLifecycleTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void unassignedLeadsGoRoundRobinOverTheConsultantsOnDutyAndAManagerReassigns() throws Exception {
        String dealer = "dealer-rr-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        consultants(manager, "ann", "bob", "cai");
        onDutyToday(manager, "ann", "bob", "cai");
        given().auth()
                .oauth2(manager)
                .get("/api/v1/dealer/roster/duty")
                .then()
                .statusCode(200)
                .body("consultants.userId", equalTo(List.of("ann", "bob", "cai")));
        String today = given().auth()
                .oauth2(manager)
                .get("/api/v1/dealer/roster/duty")
                .then()
                .extract()
                .path("date");
        given().auth()
                .oauth2(TestTokens.of("ann", dealer, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body(Map.of("consultants", List.of("ann")))
                .put("/api/v1/dealer/roster/duty/" + today)
                .then()
                .statusCode(403);

        String reception = TestTokens.of("desk", dealer, Roles.RECEPTIONIST);
        List<String> owners = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var response = create(reception, Map.of("name", "Walk-in " + i, "phone", mobile(), "channel", "WALK_IN"))
                    .statusCode(201)
                    .extract();
            owners.add(response.path("consultantId"));
            ids.add(response.path("id"));
        }
        assertEquals(List.of("ann", "bob", "cai", "ann"), owners);
        var assigned = TestEvents.await("lead.assigned", r -> ids.get(1).equals(r.key()));
        EventContract.assertValid(assigned);
        assertEquals(
                "round-robin", JSON.readTree(assigned.value()).get("assignedBy").asText());

        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("consultantId", "cai"))
                .put("/api/v1/leads/" + ids.get(0) + "/assignment")
                .then()
                .statusCode(200)
                .body("consultantId", equalTo("cai"));
        var reassigned = TestEvents.await(
                "lead.assigned",
                r -> ids.get(0).equals(r.key()) && r.value().contains("\"previousConsultantId\":\"ann\""));
        EventContract.assertValid(reassigned);
        assertEquals("boss", JSON.readTree(reassigned.value()).get("assignedBy").asText());
        // the consultant who lost it no longer sees it
        given().auth()
                .oauth2(TestTokens.of("ann", dealer, Roles.CONSULTANT))
                .get("/api/v1/leads/" + ids.get(0))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.of("cai", dealer, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body(Map.of("consultantId", "cai"))
                .put("/api/v1/leads/" + ids.get(1) + "/assignment")
                .then()
                .statusCode(403);
    }

    @Test
    void theGradeSetsTheCadenceAMissedFollowUpIsOverdueAndRecordingOneReschedules() throws Exception {
        String me = "cadence-" + System.nanoTime();
        String token = consultant(me);
        String id = createLead(token, "Sun Li", mobile(), "PHONE");
        Instant before = MovableClock.now();
        String next = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "H"))
                .header("If-Match", etag(token, id))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(200)
                .body("grade", equalTo("H"))
                .extract()
                .path("nextFollowUpAt");
        assertEquals(2, Duration.between(before, Instant.parse(next)).toHours() / 24, "H: every 2 days");
        var graded = TestEvents.await(
                "lead.graded", r -> id.equals(r.key()) && r.value().contains("\"grade\":\"H\""));
        EventContract.assertValid(graded);

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "Z"))
                .header("If-Match", etag(token, id))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "F"))
                .header("If-Match", etag(token, id))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("grade"));

        MovableClock.advance(Duration.ofDays(3));
        given().auth().oauth2(token).get("/api/v1/leads/" + id).then().body("overdue", equalTo(true));
        given().auth()
                .oauth2(token)
                .queryParam("overdue", true)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(token)
                .get("/api/v1/leads/overdue")
                .then()
                .statusCode(200)
                .body("byConsultant.find { it.consultantId == '" + me + "' }.overdue", equalTo(1));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/overdue")
                .then()
                .statusCode(200)
                .body("byConsultant.consultantId", hasItem(me));

        Instant recorded = MovableClock.now();
        String rescheduled = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "CALL", "outcome", "Wants a test drive", "nextStep", "Book it", "grade", "B"))
                .post("/api/v1/leads/" + id + "/follow-ups")
                .then()
                .statusCode(201)
                .body("kind", equalTo("CALL"))
                .extract()
                .path("nextFollowUpAt");
        assertEquals(7, Duration.between(recorded, Instant.parse(rescheduled)).toHours() / 24, "B: weekly");
        given().auth()
                .oauth2(token)
                .get("/api/v1/leads/" + id)
                .then()
                .body("overdue", equalTo(false))
                .body("grade", equalTo("B"));
        given().auth()
                .oauth2(token)
                .queryParam("overdue", true)
                .get("/api/v1/leads")
                .then()
                .body("items.id", not(hasItem(id)));
        // due on the dealer's day of the next follow-up (Asia/Shanghai by default), not on the day before
        java.time.LocalDate due = Instant.parse(rescheduled)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toLocalDate();
        given().auth()
                .oauth2(token)
                .queryParam("dueOn", due.toString())
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(token)
                .queryParam("dueOn", due.minusDays(1).toString())
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(token)
                .queryParam("dueOn", "tomorrow")
                .get("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dueOn"));
        given().auth()
                .oauth2(token)
                .get("/api/v1/leads/" + id + "/follow-ups")
                .then()
                .statusCode(200)
                .body("items[0].outcome", equalTo("Wants a test drive"))
                .body("total", equalTo(1));
    }

    @Test
    void aDealersCadenceIsItsOwn() {
        String dealer = "dealer-cad-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        given().auth()
                .oauth2(manager)
                .get("/api/v1/leads/settings")
                .then()
                .statusCode(200)
                .body("cadenceDays.H", equalTo(2))
                .body("cadenceDays.C", equalTo(14));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("firstFollowUpDays", 1, "cadenceDays", Map.of("H", 1, "A", 4, "B", 10, "C", 30)))
                .put("/api/v1/leads/settings")
                .then()
                .statusCode(200)
                .body("cadenceDays.A", equalTo(4));
        Instant before = MovableClock.now();
        consultants(manager, "someone");
        String next = create(
                        manager,
                        Map.of(
                                "name",
                                "Qian",
                                "phone",
                                mobile(),
                                "channel",
                                "PARTNER",
                                "grade",
                                "A",
                                "consultantId",
                                "someone"))
                .statusCode(201)
                .extract()
                .path("nextFollowUpAt");
        assertEquals(4, Duration.between(before, Instant.parse(next)).toHours() / 24);
        given().auth()
                .oauth2(TestTokens.of("x", dealer, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body(Map.of("firstFollowUpDays", 1, "cadenceDays", Map.of("H", 1, "A", 4, "B", 10, "C", 30)))
                .put("/api/v1/leads/settings")
                .then()
                .statusCode(403);
    }

    @Test
    void qualificationAndDefeatAreAnnouncedAndADefeatedLeadCanBeReopened() throws Exception {
        String me = "qd-" + System.nanoTime();
        String token = consultant(me);
        String id = create(
                        token,
                        Map.of(
                                "name",
                                "Zhou",
                                "phone",
                                mobile(),
                                "channel",
                                "PERSONAL_NETWORK",
                                "modelOfInterest",
                                "Model Y",
                                "grade",
                                "A"))
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("need", true, "means", true, "authority", false))
                .put("/api/v1/leads/" + id + "/qualification")
                .then()
                .statusCode(200)
                .body("qualification.qualifiedAt", nullValue());
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("need", true, "means", true, "authority", true, "note", "Wife agrees"))
                .put("/api/v1/leads/" + id + "/qualification")
                .then()
                .statusCode(200)
                .body("qualification.qualifiedAt", notNullValue());
        var qualified = TestEvents.await("lead.qualified", r -> id.equals(r.key()));
        EventContract.assertValid(qualified);
        JsonNode q = JSON.readTree(qualified.value());
        assertEquals("Model Y", q.get("modelOfInterest").asText());
        assertEquals(me, q.get("consultantId").asText());

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "LAZINESS"))
                .post("/api/v1/leads/" + id + "/defeat")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
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
                        "COMPETITOR",
                        "note",
                        "Bought a rival brand"))
                .post("/api/v1/leads/" + id + "/defeat")
                .then()
                .statusCode(200)
                .body("grade", equalTo("F"))
                .body("defeat.reason", equalTo("BOUGHT_COMPETITOR"))
                .body("defeat.competitorModel", equalTo("R5"))
                .body("defeat.review", equalTo("PENDING"))
                .body("nextFollowUpAt", nullValue());
        var defeated = TestEvents.await("lead.defeated", r -> id.equals(r.key()));
        EventContract.assertValid(defeated);
        assertEquals(
                "BOUGHT_COMPETITOR",
                JSON.readTree(defeated.value()).get("reason").asText());
        assertEquals(
                "Rival", JSON.readTree(defeated.value()).get("competitorBrand").asText());
        EventContract.assertValid(TestEvents.await(
                "lead.graded", r -> id.equals(r.key()) && r.value().contains("\"grade\":\"F\"")));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "PRICE"))
                .post("/api/v1/leads/" + id + "/defeat")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(token)
                .delete("/api/v1/leads/" + id + "/defeat")
                .then()
                .statusCode(200)
                .body("grade", equalTo("A"))
                .body("defeat", nullValue())
                .body("nextFollowUpAt", notNullValue());
    }

    @Test
    void erasureAnonymisesTheLeadAndTellsTheOtherServices() throws Exception {
        String phone = mobile();
        String id = create(
                        MANAGER,
                        Map.of(
                                "name",
                                "Erase Me",
                                "phone",
                                phone,
                                "channel",
                                "ONLINE",
                                "email",
                                "erase@example.com",
                                "consultantId",
                                "li.wei"))
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(consultant("li.wei"))
                .post("/api/v1/leads/" + id + "/erasure")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(MANAGER)
                .post("/api/v1/leads/" + id + "/erasure")
                .then()
                .statusCode(200)
                .body("erased", equalTo(true))
                .body("name", equalTo("(erased)"))
                .body("phone", nullValue())
                .body("email", nullValue())
                .body("channel", equalTo("ONLINE"))
                .body("consultantId", equalTo("li.wei"));
        var erasure = TestEvents.await("customer.erasure-requested", r -> id.equals(r.key()));
        EventContract.assertValid(erasure);
        given().auth()
                .oauth2(MANAGER)
                .queryParam("q", phone)
                .get("/api/v1/leads")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id + "/contacts")
                .then()
                .body("total", equalTo(0));
        // the same person may come back later as a new prospect
        create(MANAGER, Map.of("name", "Came Back", "phone", phone, "channel", "WALK_IN"))
                .statusCode(201)
                .body("id", not(equalTo(id)));
    }

    @Test
    void roleMatrix() {
        String owner = consultant("owner-" + System.nanoTime());
        String id = createLead(owner, "Private Person", mobile(), "WALK_IN");
        String other = consultant("other-" + System.nanoTime());
        String otherDealer = TestTokens.of("boss", OTHER_DEALER, Roles.MANAGER);

        // consultants: own leads only, others' are 404
        given().auth().oauth2(owner).get("/api/v1/leads/" + id).then().statusCode(200);
        given().auth()
                .oauth2(other)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "H"))
                .header("If-Match", "\"0\"")
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(404);
        given().auth().oauth2(other).get("/api/v1/leads").then().statusCode(200).body("items.id", not(hasItem(id)));
        // another dealer: 404, never listed
        given().auth().oauth2(otherDealer).get("/api/v1/leads/" + id).then().statusCode(404);
        given().auth().oauth2(otherDealer).get("/api/v1/leads").then().body("items.id", not(hasItem(id)));
        // receptionist: names, not contact details, not the funnel, no changes
        given().auth()
                .oauth2(RECEPTION)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Private Person"))
                .body("phone", org.hamcrest.Matchers.containsString("*"));
        given().auth()
                .oauth2(RECEPTION)
                .get("/api/v1/funnel")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "H"))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(403);
        // manager: the dealer's
        given().auth().oauth2(MANAGER).get("/api/v1/leads/" + id).then().statusCode(200);
        given().auth().oauth2(MANAGER).get("/api/v1/funnel").then().statusCode(200);
        // hq: aggregates only
        given().auth().oauth2(HQ).get("/api/v1/leads").then().statusCode(403);
        given().auth().oauth2(HQ).get("/api/v1/leads/" + id).then().statusCode(403);
        given().auth().oauth2(HQ).get("/api/v1/funnel/hq").then().statusCode(200);
        given().auth().oauth2(MANAGER).get("/api/v1/funnel/hq").then().statusCode(403);
        // no token
        given().get("/api/v1/leads/" + id).then().statusCode(401);
        assertTrue(true);
    }
}
