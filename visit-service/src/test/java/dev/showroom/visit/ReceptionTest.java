package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> callCheckpoints(boolean greeting, boolean name, boolean way, boolean invited) {
        return Map.of(
                "standardGreeting",
                greeting,
                "nameAndContactAsked",
                name,
                "knowsTheWayAsked",
                way,
                "invitedToVisit",
                invited);
    }

    static Map<String, Object> walkInCheckpoints(boolean greeted, boolean intro, boolean drinks, boolean notPressed) {
        return Map.of(
                "greetedAtOnce", greeted, "selfIntroduction", intro, "drinksOffered", drinks, "notPressed", notPressed);
    }

    @Test
    void anUnknownCallerIsTypedOnceAndTheVisitJoinsTheLeadThatLeadServiceMakes() throws Exception {
        String phone = mobile();
        Instant appointment = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> call = new HashMap<>();
        call.put("contact", Map.of("name", "Liu Yang", "phone", phone, "email", "liu@example.com"));
        call.put("ringCount", 2);
        call.put("checkpoints", callCheckpoints(true, true, false, true));
        call.put("outcome", "Asked about the Model S price; invited");
        call.put("appointmentAt", appointment.toString());
        // the caller heard of the dealer through a campaign: the reception names it
        String campaign = UUID.randomUUID().toString();
        call.put("campaignId", campaign);
        String visitId = post(RECEPTION, "/api/v1/visits/calls", call)
                .statusCode(201)
                .body("kind", equalTo("CALL"))
                .body("campaignId", equalTo(campaign))
                .body("leadId", nullValue())
                .body("contact.name", equalTo("Liu Yang"))
                .body("checkpoints.find { it.code == 'ANSWERED_IN_TIME' }.met", equalTo(true))
                .body("checkpoints.find { it.code == 'KNOWS_THE_WAY_ASKED' }.met", equalTo(false))
                .body("checkpoints.size()", equalTo(5))
                .extract()
                .path("id");

        // unknown visitor: visit.recorded keyed by the visit, ids only (v2: no contact, no outcome; failed
        // before: v1 carried both); the contact for lead-service on the compacted visit.contact
        var event = TestEvents.await("visit.recorded", r -> visitId.equals(r.key()));
        EventContract.assertValid(event);
        assertEquals("showroom.visit.recorded.v2", TestEvents.header(event, "ce_type"));
        JsonNode payload = JSON.readTree(event.value());
        assertTrue(payload.get("leadId").isNull());
        assertEquals(appointment, Instant.parse(payload.get("appointmentAt").asText()));
        for (String secret : List.of("Liu Yang", phone, "liu@example.com", "Model S price")) {
            assertFalse(event.value().contains(secret), event.value());
        }
        var contact = TestEvents.await("visit.contact", r -> visitId.equals(r.key()) && r.value() != null);
        EventContract.assertValid(contact);
        JsonNode c = JSON.readTree(contact.value());
        assertEquals("+86" + phone, c.get("phone").asText());
        assertEquals("Liu Yang", c.get("name").asText());
        assertEquals("CALL", c.get("kind").asText());
        assertEquals(campaign, c.get("campaignId").asText(), "the campaign travels to lead-service");
        assertFalse(contact.value().contains("Model S price"), "the outcome typed stays here");

        // lead-service makes the lead and says which visit it came from
        UUID leadId = UUID.randomUUID();
        leadCreated(leadId, "Liu Yang", "+86" + phone, "li.wei", UUID.fromString(visitId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leadId.equals(db("select lead_id from visit where id = ?", UUID.fromString(visitId))));
        get(RECEPTION, "/api/v1/visits?leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(visitId))
                .body("items[0].consultantId", equalTo("li.wei"));
        // linked: the contact lives on lead.contact now; visit.contact's key gets its tombstone
        var tombstone = TestEvents.await("visit.contact", r -> visitId.equals(r.key()) && r.value() == null);
        EventContract.assertValid(tombstone);
        // the appointment agreed on the phone joined the lead too
        get(MANAGER, "/api/v1/appointments?leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("BOOKED"))
                .body("items[0].visitId", equalTo(visitId));
    }

    @Test
    void aLateAnswerMissesTheFirstCheckpointAndAKnownWalkInIsLinkedByPhone() throws Exception {
        String late = post(
                        RECEPTION,
                        "/api/v1/visits/calls",
                        Map.of("secondsToAnswer", 12, "checkpoints", callCheckpoints(true, true, true, true)))
                .statusCode(201)
                .body("checkpoints.find { it.code == 'ANSWERED_IN_TIME' }.met", equalTo(false))
                .extract()
                .path("id");
        EventContract.assertValid(TestEvents.await("visit.recorded", r -> late.equals(r.key())));

        UUID leadId = UUID.randomUUID();
        String phone = mobile();
        leadCreated(leadId, "Sun Li", "+86" + phone, "wang.fang", null);
        awaitKnownWithPhone(leadId, "wang.fang");
        // the receptionist types the phone in another format: it is the same person
        String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        Map<String, Object> walkIn = new HashMap<>();
        walkIn.put("contact", Map.of("name", "Sun Li", "phone", "+86 " + spaced));
        walkIn.put("arrivalAt", Instant.now().minus(40, ChronoUnit.MINUTES).toString());
        walkIn.put("departureAt", Instant.now().toString());
        walkIn.put("partySize", 2);
        walkIn.put("checkpoints", walkInCheckpoints(true, true, false, true));
        walkIn.put("modelsPresented", List.of("Model S", "Model X"));
        String visitId = post(RECEPTION, "/api/v1/visits/walk-ins", walkIn)
                .statusCode(201)
                .body("leadId", equalTo(leadId.toString()))
                .body("consultantId", equalTo("wang.fang"))
                .body("modelsPresented", equalTo(List.of("Model S", "Model X")))
                .body("partySize", equalTo(2))
                .extract()
                .path("id");

        var event = TestEvents.await("visit.recorded", r -> leadId.toString().equals(r.key()));
        EventContract.assertValid(event);
        JsonNode payload = JSON.readTree(event.value());
        assertEquals(visitId, payload.get("visitId").asText());
        assertEquals("WALK_IN", payload.get("kind").asText());
        assertFalse(payload.has("contact"), "a known visitor is not sent as a new contact");
        assertTrue(TestEvents.all("visit.contact", r -> visitId.equals(r.key())).isEmpty(), "nor on visit.contact");
        assertEquals(4, payload.get("checkpoints").size());

        // the consultant sees their customer's visit, another consultant does not
        get(consultant("wang.fang"), "/api/v1/visits/" + visitId).statusCode(200);
        get(consultant("li.wei"), "/api/v1/visits/" + visitId).statusCode(404);
        get(consultant("li.wei"), "/api/v1/visits?leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(0));
        // another dealer does not see it at all
        get(OTHER_MANAGER, "/api/v1/visits/" + visitId).statusCode(404);
    }

    @Test
    void aVisitorMergedIntoALeadWeHadNotHeardOfIsLinkedByPhone() {
        String phone = mobile();
        String visitId = post(
                        RECEPTION,
                        "/api/v1/visits/walk-ins",
                        Map.of(
                                "contact",
                                Map.of("name", "Hu Bo", "phone", phone),
                                "arrivalAt",
                                Instant.now().toString(),
                                "partySize",
                                1,
                                "checkpoints",
                                walkInCheckpoints(true, true, true, true)))
                .statusCode(201)
                .extract()
                .path("id");
        UUID leadId = UUID.randomUUID();
        leadCreated(leadId, "Hu Bo", "+86" + phone, "wang.fang", null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leadId.equals(db("select lead_id from visit where id = ?", UUID.fromString(visitId))));
        get(consultant("wang.fang"), "/api/v1/visits/" + visitId)
                .statusCode(200)
                .body("consultantId", equalTo("wang.fang"));
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyRecordsOnce() {
        String key = UUID.randomUUID().toString();
        String who = unique("idem");
        Map<String, Object> call =
                Map.of("consultantId", who, "ringCount", 1, "checkpoints", callCheckpoints(true, true, true, true));
        String first = io.restassured.RestAssured.given()
                .auth()
                .oauth2(RECEPTION)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(call)
                .post("/api/v1/visits/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(RECEPTION)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(call)
                .post("/api/v1/visits/calls")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(1L, db("select count(*) from visit where consultant_id = ?", who));
    }

    @Test
    void complianceFiguresOnAKnownDataSet() {
        String who = unique("cmp");
        String day = Instant.now().minus(3, ChronoUnit.DAYS).toString();
        // call 1: in time, 3 of 4 asked → 4/5; call 2: late, 3 of 4 → 3/5; walk-in: 3/4
        post(
                        RECEPTION,
                        "/api/v1/visits/calls",
                        Map.of(
                                "consultantId",
                                who,
                                "occurredAt",
                                day,
                                "ringCount",
                                3,
                                "checkpoints",
                                callCheckpoints(true, true, false, true)))
                .statusCode(201);
        post(
                        RECEPTION,
                        "/api/v1/visits/calls",
                        Map.of(
                                "consultantId",
                                who,
                                "occurredAt",
                                day,
                                "ringCount",
                                6,
                                "checkpoints",
                                callCheckpoints(true, true, true, false)))
                .statusCode(201);
        post(
                        RECEPTION,
                        "/api/v1/visits/walk-ins",
                        Map.of(
                                "consultantId",
                                who,
                                "arrivalAt",
                                day,
                                "partySize",
                                1,
                                "checkpoints",
                                walkInCheckpoints(true, false, true, true)))
                .statusCode(201);
        // outside the period: not counted
        post(
                        RECEPTION,
                        "/api/v1/visits/calls",
                        Map.of(
                                "consultantId",
                                who,
                                "occurredAt",
                                Instant.now().minus(40, ChronoUnit.DAYS).toString(),
                                "ringCount",
                                1,
                                "checkpoints",
                                callCheckpoints(false, false, false, false)))
                .statusCode(201);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        get(MANAGER, "/api/v1/compliance?consultantId=" + who + "&from=" + today.minusDays(10) + "&to=" + today)
                .statusCode(200)
                .body("overall.checks", equalTo(14))
                .body("overall.met", equalTo(10))
                .body("overall.share", equalTo(0.7143f))
                .body("bySteps.find { it.step == 'CALL' }.share", equalTo(0.7f))
                .body("bySteps.find { it.step == 'WALK_IN' }.share", equalTo(0.75f))
                .body("byCheckpoint.find { it.checkpoint == 'ANSWERED_IN_TIME' }.share", equalTo(0.5f))
                .body("byCheckpoint.find { it.checkpoint == 'SELF_INTRODUCTION' }.met", equalTo(0))
                .body("byConsultant.size()", equalTo(1))
                .body("byConsultant[0].consultantId", equalTo(who));
        // by step filter
        get(MANAGER, "/api/v1/compliance?step=WALK_IN&consultantId=" + who + "&from=" + today.minusDays(10))
                .statusCode(200)
                .body("overall.checks", equalTo(4))
                .body("overall.met", equalTo(3));
        // the head office sees dealers' shares, no people
        // paged by dealer and step; the tests' many dealers may put this one past the first page
        List<Map<String, Object>> shares = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var answer = get(HQ, "/api/v1/compliance/dealers?size=100&page=" + page)
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            shares.addAll(answer.getList("items"));
            if (shares.size() >= answer.getLong("total")) {
                break;
            }
        }
        assertTrue(
                shares.stream().anyMatch(r -> DEALER.equals(r.get("dealerId")) && "WALK_IN".equals(r.get("step"))),
                "dealer-sh-01's walk-in share is among the dealers' shares");
        get(consultant("li.wei"), "/api/v1/compliance").statusCode(403);
        get(HQ, "/api/v1/compliance").statusCode(403);
    }

    @Test
    void erasureRemovesTheLocalCopyAndTheVisitsContactDetails() {
        String phone = mobile();
        String visitId = post(
                        RECEPTION,
                        "/api/v1/visits/walk-ins",
                        Map.of(
                                "contact",
                                Map.of("name", "Gao Min", "phone", phone, "email", "gao@example.com"),
                                "arrivalAt",
                                Instant.now().toString(),
                                "partySize",
                                1,
                                "checkpoints",
                                walkInCheckpoints(true, true, true, true)))
                .statusCode(201)
                .extract()
                .path("id");
        UUID leadId = UUID.randomUUID();
        leadCreated(leadId, "Gao Min", "+86" + phone, "li.wei", UUID.fromString(visitId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leadId.equals(db("select lead_id from visit where id = ?", UUID.fromString(visitId))));

        // what else this service holds about the person: their needs and their driving licence
        String needs = post(
                        MANAGER,
                        "/api/v1/needs-analyses",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "neads",
                                Map.of("nowDriving", "Golf"),
                                "form",
                                Map.of("family", "Two children", "budgetMax", 200000),
                                "summary",
                                "Family car"))
                .statusCode(201)
                .extract()
                .path("id");
        Instant slot = Instant.now().plus(2, ChronoUnit.DAYS);
        String drive = post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "demoCarId",
                                TestDriveTest.demoCar("Model Y"),
                                "slotStart",
                                slot.toString(),
                                "slotEnd",
                                slot.plus(1, ChronoUnit.HOURS).toString(),
                                "licence",
                                Map.of("number", "LIC-" + phone, "expiry", "2035-01-01")))
                .statusCode(201)
                .body("licence.checked", equalTo(true))
                .extract()
                .path("id");
        get(MANAGER, "/api/v1/test-drives/" + drive)
                .statusCode(200)
                .body("licence.lastFour", equalTo(phone.substring(7)));

        TestEvents.send(
                "customer.erasure-requested",
                leadId.toString(),
                "{\"leadId\":\"" + leadId + "\",\"dealerId\":\"" + DEALER + "\",\"requestedAt\":\"" + Instant.now()
                        + "\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db("select erased_at from known_lead where lead_id = ?", leadId) != null);
        assertNull(db("select name from known_lead where lead_id = ?", leadId));
        assertNull(db("select phone from known_lead where lead_id = ?", leadId));
        get(MANAGER, "/api/v1/visits/" + visitId)
                .statusCode(200)
                .body("contact", nullValue())
                .body("leadId", equalTo(leadId.toString()))
                .body("checkpoints.size()", equalTo(4));
        get(MANAGER, "/api/v1/needs-analyses/" + needs)
                .statusCode(200)
                .body("neads.nowDriving", nullValue())
                .body("form.family", nullValue())
                .body("summary", nullValue())
                .body("form.budgetMax", equalTo(200000.0f));
        get(MANAGER, "/api/v1/test-drives/" + drive)
                .statusCode(200)
                .body("licence.lastFour", nullValue())
                .body("licence.expiry", equalTo("2035-01-01"))
                .body("status", equalTo("BOOKED"));
        // the same phone is no longer recognised
        assertEquals(0L, db("select count(*) from known_lead where phone = ?", "+86" + phone));
    }

    @Test
    void badReceptionInputIsAProblemNamingTheField() {
        post(RECEPTION, "/api/v1/visits/calls", Map.of("checkpoints", callCheckpoints(true, true, true, true)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ringCount"));
        post(RECEPTION, "/api/v1/visits/calls", Map.of("ringCount", 1, "checkpoints", Map.of("standardGreeting", true)))
                .statusCode(400)
                .body("errors.field", hasItem("checkpoints.invitedToVisit"));
        post(
                        RECEPTION,
                        "/api/v1/visits/calls",
                        Map.of(
                                "ringCount",
                                1,
                                "contact",
                                Map.of("name", "X", "phone", "12"),
                                "checkpoints",
                                callCheckpoints(true, true, true, true)))
                .statusCode(400)
                .body("errors[0].field", equalTo("contact.phone"));
        post(
                        RECEPTION,
                        "/api/v1/visits/walk-ins",
                        Map.of(
                                "arrivalAt",
                                Instant.now().toString(),
                                "departureAt",
                                Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                                "partySize",
                                1,
                                "checkpoints",
                                walkInCheckpoints(true, true, true, true)))
                .statusCode(400)
                .body("errors[0].field", equalTo("departureAt"));
        post(
                        RECEPTION,
                        "/api/v1/visits/walk-ins",
                        Map.of(
                                "arrivalAt",
                                Instant.now().toString(),
                                "partySize",
                                0,
                                "checkpoints",
                                walkInCheckpoints(true, true, true, true)))
                .statusCode(400)
                .body("errors[0].field", equalTo("partySize"));
        get(RECEPTION, "/api/v1/visits?leadId=not-a-uuid").statusCode(400).body("errors[0].field", equalTo("leadId"));
    }
}
