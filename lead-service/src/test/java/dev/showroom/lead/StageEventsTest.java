package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StageEventsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);

    static String json(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1] instanceof Instant t ? t.toString() : kv[i + 1]);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String stageOf(String id) {
        return given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("stage");
    }

    static String gradeOf(String id) {
        return given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .extract()
                .path("grade");
    }

    static void awaitStage(String id, String stage) {
        await().atMost(WAIT).until(() -> stage.equals(stageOf(id)));
    }

    /** visit.recorded v2 of a known lead (ids only). */
    static String visit(String visitId, String leadId, String kind) {
        return json(
                "visitId",
                visitId,
                "dealerId",
                DEALER,
                "leadId",
                leadId,
                "kind",
                kind,
                "consultantId",
                "li.wei",
                "occurredAt",
                Instant.now(),
                "checkpoints",
                List.of(Map.of("code", "GREETED_AT_ONCE", "met", true)),
                "modelsPresented",
                List.of("Model 3"),
                "appointmentAt",
                null);
    }

    /** presentation.recorded (step 5): ids, counts and checkpoints. */
    static String presentation(String leadId) {
        return presentation(DEALER, leadId);
    }

    static String presentation(String dealer, String leadId) {
        return json(
                "presentationId",
                UUID.randomUUID().toString(),
                "dealerId",
                dealer,
                "leadId",
                leadId,
                "consultantId",
                "li.wei",
                "model",
                "MODEL3",
                "trim",
                null,
                "pointsCovered",
                3,
                "pointsReactedTo",
                2,
                "competitorAsked",
                null,
                "checkpoints",
                List.of(Map.of("code", "BIGGEST_BENEFIT_FIRST", "met", true)),
                "presentedAt",
                Instant.now());
    }

    /** needs.analysed (step 4): ids, the recommended model and trim, no answers. */
    static String needsAnalysed(String dealer, String leadId, String model, String trim, long revision, Instant at) {
        return json(
                "needsAnalysisId",
                UUID.randomUUID().toString(),
                "dealerId",
                dealer,
                "leadId",
                leadId,
                "consultantId",
                "li.wei",
                "recommendedModel",
                model,
                "recommendedTrim",
                trim,
                "summaryConfirmed",
                true,
                "revision",
                revision,
                "analysedAt",
                at);
    }

    static String quoteIssued(String leadId, Instant at) {
        return json(
                "quoteId",
                UUID.randomUUID().toString(),
                "dealerId",
                DEALER,
                "leadId",
                leadId,
                "consultantId",
                "li.wei",
                "model",
                "AURORA",
                "total",
                "250000.00",
                "currency",
                "CNY",
                "issuedAt",
                at);
    }

    static JsonNode leadView(String id) throws Exception {
        return JSON.readTree(given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void aNeedsAnalysisTakesTheLeadToNeedsAnalysedWithItsRecommendation() throws Exception {
        String id = createLead(MANAGER, "Needs Walker", mobile(), "WALK_IN");
        TestEvents.send("visit.recorded", id, visit(UUID.randomUUID().toString(), id, "WALK_IN"));
        awaitStage(id, "VISITED");
        Instant analysed = Instant.now();
        String first = needsAnalysed(DEALER, id, "AURORA", "LONG_RANGE", 0, analysed);
        String firstCe = UUID.randomUUID().toString();
        TestEvents.send("needs.analysed", id, first, firstCe);
        awaitStage(id, "NEEDS_ANALYSED");
        JsonNode lead = leadView(id);
        assertEquals("AURORA", lead.path("recommendedModel").asText());
        assertEquals("LONG_RANGE", lead.path("recommendedTrim").asText());
        // redelivered: applied once; a revision recommends another trim
        TestEvents.send("needs.analysed", id, first, firstCe);
        awaitApplied(
                TestEvents.send("needs.analysed", id, needsAnalysed(DEALER, id, "AURORA", "STANDARD", 1, analysed)));
        assertEquals("STANDARD", leadView(id).path("recommendedTrim").asText());
        // the presentation goes further; a late analysis does not take the lead back
        TestEvents.send("presentation.recorded", id, presentation(id));
        awaitStage(id, "PRESENTED");
        awaitApplied(
                TestEvents.send("needs.analysed", id, needsAnalysed(DEALER, id, "AURORA", null, 0, Instant.now())));
        assertEquals("PRESENTED", stageOf(id));
        // the quote after the analysis: value came first
        awaitApplied(TestEvents.send("quote.issued", id, quoteIssued(id, Instant.now())));
        assertEquals(false, leadView(id).path("priceBeforeValue").asBoolean());
    }

    @Test
    void aQuoteBeforeAnyNeedsAnalysisOrTestDriveIsFlaggedPriceBeforeValue() throws Exception {
        String hasty = createLead(MANAGER, "Price First", mobile(), "WALK_IN");
        Instant quoted = Instant.now();
        TestEvents.send("quote.issued", hasty, quoteIssued(hasty, quoted));
        awaitStage(hasty, "QUOTED");
        assertEquals(true, leadView(hasty).path("priceBeforeValue").asBoolean());
        // a needs analysis afterwards does not make up for it
        awaitApplied(TestEvents.send(
                "needs.analysed", hasty, needsAnalysed(DEALER, hasty, "AURORA", null, 0, quoted.plusSeconds(60))));
        assertEquals(true, leadView(hasty).path("priceBeforeValue").asBoolean());

        // the events of another lead came in the other order: the analysis happened before the quote
        String late = createLead(MANAGER, "Value First", mobile(), "WALK_IN");
        awaitApplied(TestEvents.send("quote.issued", late, quoteIssued(late, quoted)));
        assertEquals(true, leadView(late).path("priceBeforeValue").asBoolean());
        awaitApplied(TestEvents.send(
                "needs.analysed", late, needsAnalysed(DEALER, late, "AURORA", null, 0, quoted.minusSeconds(600))));
        assertEquals(false, leadView(late).path("priceBeforeValue").asBoolean());
        assertEquals("QUOTED", stageOf(late));
    }

    /** visit.contact: an unknown visitor's contact, as visit-service writes it. */
    static String visitContact(String visitId, String kind, String name, String e164) {
        return json(
                "visitId",
                visitId,
                "dealerId",
                DEALER,
                "kind",
                kind,
                "consultantId",
                "li.wei",
                "name",
                name,
                "phone",
                e164,
                "email",
                null,
                "modelOfInterest",
                "Model 3",
                "occurredAt",
                Instant.now());
    }

    static int count(String sql, String param) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The event's effect has committed (its ce_id is recorded in the same transaction). */
    static void awaitApplied(String ceId) {
        await().atMost(WAIT).until(() -> count("select count(*) from processed_event where event_id = ?", ceId) == 1);
    }

    @Test
    void anUnknownWalkInBecomesAVisitedLeadOnceEvenWhenRedelivered() throws Exception {
        String local = mobile();
        String visitId = UUID.randomUUID().toString();
        String key = "visitor-" + visitId;
        String payload = visitContact(visitId, "WALK_IN", "Ma Yun", e164(local));
        String ceId = UUID.randomUUID().toString();
        // visit.recorded of an unknown visitor is not the intake: its contact on visit.contact is
        TestEvents.send("visit.recorded", key, visit(visitId, null, "WALK_IN"));
        TestEvents.send("visit.contact", key, payload, ceId);
        TestEvents.send("visit.contact", key, payload, ceId);
        // a marker on the same key: once it is applied, both copies before it have been seen
        String markerPhone = mobile();
        TestEvents.send(
                "visit.contact", key, visitContact(UUID.randomUUID().toString(), "CALL", "Marker", e164(markerPhone)));
        await().atMost(WAIT).until(() -> count("select count(*) from lead where phone = ?", e164(markerPhone)) == 1);

        assertEquals(
                1,
                count(
                        "select count(*) from lead_contact c join lead l on l.id = c.lead_id where l.phone = ?",
                        e164(local)),
                "the redelivered visit was applied once");
        var found = given().auth()
                .oauth2(MANAGER)
                .queryParam("q", local)
                .get("/api/v1/leads")
                .then()
                .extract();
        String id = found.path("items[0].id");
        assertEquals("WALK_IN", found.path("items[0].channel"));
        assertEquals("VISITED", found.path("items[0].stage"));
        assertEquals("li.wei", found.path("items[0].consultantId"));
        var created = TestEvents.await("lead.created", r -> id.equals(r.key()));
        EventContract.assertValid(created);
        assertEquals(visitId, JSON.readTree(created.value()).get("visitId").asText());

        // an unknown caller becomes a PHONE lead but has not visited
        var marker = given().auth()
                .oauth2(MANAGER)
                .queryParam("q", markerPhone)
                .get("/api/v1/leads")
                .then()
                .extract();
        assertEquals("PHONE", marker.path("items[0].channel"));
        assertEquals("NEW", marker.path("items[0].stage"));
    }

    @Test
    void eachEventMovesTheStageAndALateOneNeverMovesItBack() {
        String id = createLead(MANAGER, "Stage Walker", mobile(), "WALK_IN");
        given().auth()
                .oauth2(MANAGER)
                .contentType("application/json")
                .body(Map.of("grade", "A"))
                .header("If-Match", etag(MANAGER, id))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(200);
        TestEvents.send("visit.recorded", id, visit(UUID.randomUUID().toString(), id, "WALK_IN"));
        awaitStage(id, "VISITED");
        String presented = presentation(id);
        String presentationCe = UUID.randomUUID().toString();
        TestEvents.send("presentation.recorded", id, presented, presentationCe);
        awaitStage(id, "PRESENTED");
        // redelivered: applied once
        TestEvents.send("presentation.recorded", id, presented, presentationCe);
        Instant drove = Instant.now();
        String testDrive = json(
                "testDriveId",
                UUID.randomUUID().toString(),
                "dealerId",
                DEALER,
                "leadId",
                id,
                "consultantId",
                "li.wei",
                "model",
                "Model 3",
                "completedAt",
                drove);
        TestEvents.send("testdrive.completed", id, testDrive);
        awaitStage(id, "TEST_DRIVEN");
        TestEvents.send(
                "quote.issued",
                id,
                json(
                        "quoteId",
                        UUID.randomUUID().toString(),
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "consultantId",
                        "li.wei",
                        "model",
                        "Model 3",
                        "total",
                        "250000.00",
                        "currency",
                        "CNY",
                        "issuedAt",
                        Instant.now()));
        awaitStage(id, "QUOTED");
        String orderId = UUID.randomUUID().toString();
        TestEvents.send(
                "order.signed",
                id,
                json(
                        "orderId",
                        orderId,
                        "orderNumber",
                        "SO-1",
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "consultantId",
                        "li.wei",
                        "model",
                        "Model 3",
                        "total",
                        "250000.00",
                        "currency",
                        "CNY",
                        "depositState",
                        "PAID",
                        "signedAt",
                        Instant.now()));
        awaitStage(id, "ORDERED");
        assertEquals("O", gradeOf(id));
        // a late, redelivered-from-elsewhere test drive: the lead stays ordered
        awaitApplied(TestEvents.send("testdrive.completed", id, testDrive));
        awaitApplied(TestEvents.send("presentation.recorded", id, presentation(id)));
        assertEquals("ORDERED", stageOf(id));
        TestEvents.send(
                "order.delivered",
                id,
                json(
                        "orderId",
                        orderId,
                        "orderNumber",
                        "SO-1",
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "consultantId",
                        "li.wei",
                        "vin",
                        "LSVAA4182E2000001",
                        "model",
                        "Model 3",
                        "deliveredAt",
                        Instant.now()));
        awaitStage(id, "DELIVERED");
        awaitApplied(TestEvents.send(
                "quote.issued",
                id,
                json(
                        "quoteId",
                        UUID.randomUUID().toString(),
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "issuedAt",
                        Instant.now())));
        assertEquals("DELIVERED", stageOf(id));
        assertEquals("O", gradeOf(id));
        var graded = TestEvents.await(
                "lead.graded", r -> id.equals(r.key()) && r.value().contains("\"grade\":\"O\""));
        EventContract.assertValid(graded);
    }

    @Test
    void aCancelledOrderTakesTheLeadBackAndItsLateSignatureChangesNothing() {
        String id = createLead(MANAGER, "Cancel Case", mobile(), "PHONE");
        given().auth()
                .oauth2(MANAGER)
                .contentType("application/json")
                .body(Map.of("grade", "H"))
                .header("If-Match", etag(MANAGER, id))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(200);
        TestEvents.send(
                "quote.issued",
                id,
                json(
                        "quoteId",
                        UUID.randomUUID().toString(),
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "issuedAt",
                        Instant.now()));
        awaitStage(id, "QUOTED");
        String orderId = UUID.randomUUID().toString();
        String signed = json(
                "orderId",
                orderId,
                "orderNumber",
                "SO-2",
                "dealerId",
                DEALER,
                "leadId",
                id,
                "depositState",
                "NOT_PAID",
                "signedAt",
                Instant.now());
        TestEvents.send("order.signed", id, signed);
        awaitStage(id, "ORDERED");
        TestEvents.send(
                "order.cancelled",
                id,
                json(
                        "orderId",
                        orderId,
                        "orderNumber",
                        "SO-2",
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "reason",
                        "Changed mind",
                        "cancelledAt",
                        Instant.now()));
        awaitStage(id, "QUOTED");
        assertEquals("H", gradeOf(id), "the grade before the order comes back");
        // the same signature delivered again late (another ce_id): the cancelled order stays cancelled
        awaitApplied(TestEvents.send("order.signed", id, signed));
        assertEquals("QUOTED", stageOf(id));
        assertEquals("H", gradeOf(id));
    }

    @Test
    void aWaitingCustomerIsKeptInTouchUntilDeliveryAndACancelledOrderIsADefeatAtTheOrderedStage() throws Exception {
        String id = createLead(MANAGER, "Waiting Case", mobile(), "PHONE");
        TestEvents.send("quote.issued", id, quoteIssued(id, Instant.now()));
        awaitStage(id, "QUOTED");
        String orderId = UUID.randomUUID().toString();
        TestEvents.send(
                "order.signed",
                id,
                json(
                        "orderId",
                        orderId,
                        "orderNumber",
                        "SO-W1",
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "depositState",
                        "PAID",
                        "signedAt",
                        Instant.now()));
        awaitStage(id, "ORDERED");
        JsonNode ordered = leadView(id);
        assertEquals("O", ordered.path("grade").asText());
        // failed before: follow-ups stopped at grade O; a customer waiting for the car is kept in touch
        assertFalse(ordered.path("nextFollowUpAt").isNull(), ordered.toString());
        Instant next = Instant.parse(ordered.path("nextFollowUpAt").asText());
        assertTrue(next.isAfter(Instant.now().plus(Duration.ofDays(6))), "grade B's cadence: a week by default");

        // the customer cancels: bought a competitor's car. The lost sale is a defeat at the ORDERED stage
        String cancelled = TestEvents.send(
                "order.cancelled",
                id,
                json(
                        "orderId",
                        orderId,
                        "orderNumber",
                        "SO-W1",
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "refundAmount",
                        "20000.00",
                        "previousState",
                        "DEPOSIT_PAID",
                        "cancelledAt",
                        Instant.now(),
                        "reasonCategory",
                        "BOUGHT_COMPETITOR",
                        "competitorBrand",
                        "Tesla",
                        "competitorModel",
                        "Model Y"));
        awaitApplied(cancelled);
        JsonNode lost = leadView(id);
        assertEquals("F", lost.path("grade").asText());
        assertEquals("QUOTED", lost.path("stage").asText());
        assertEquals(
                1,
                count(
                        "select count(*) from defeat where lead_id = ?::uuid and reason = 'BOUGHT_COMPETITOR' "
                                + "and stage_reached = 'ORDERED' and competitor_model = 'Model Y' and review = 'PENDING'",
                        id));
        var defeated = TestEvents.await("lead.defeated", r -> id.equals(r.key()));
        EventContract.assertValid(defeated);
        assertTrue(defeated.value().contains("\"stageReached\":\"ORDERED\""), defeated.value());
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/funnel/defeats?groupBy=STAGE")
                .then()
                .statusCode(200)
                .body("rows.find { it.key == 'ORDERED' }.defeats", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aDeliveredCustomerLeavesTheConsultantsFollowUps() throws Exception {
        String id = createLead(MANAGER, "Delivered Case", mobile(), "PHONE");
        String orderId = UUID.randomUUID().toString();
        TestEvents.send(
                "order.signed",
                id,
                json(
                        "orderId",
                        orderId,
                        "orderNumber",
                        "SO-W2",
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "depositState",
                        "PAID",
                        "signedAt",
                        Instant.now()));
        awaitStage(id, "ORDERED");
        assertFalse(leadView(id).path("nextFollowUpAt").isNull());
        TestEvents.send(
                "order.delivered",
                id,
                json(
                        "orderId",
                        orderId,
                        "orderNumber",
                        "SO-W2",
                        "dealerId",
                        DEALER,
                        "leadId",
                        id,
                        "vin",
                        "LSVAU218XN2183294",
                        "deliveredAt",
                        Instant.now()));
        awaitStage(id, "DELIVERED");
        assertTrue(leadView(id).path("nextFollowUpAt").isNull(), "after-sales' calls take over");
    }

    @Test
    void aReferralBecomesALinkedLeadOrMergesIntoAKnownOne() throws Exception {
        String referrer = createLead(MANAGER, "Happy Owner", mobile(), "WALK_IN");
        String local = mobile();
        String referral = UUID.randomUUID().toString();
        TestEvents.send(
                "referral.contact",
                referral,
                json(
                        "referralId",
                        referral,
                        "dealerId",
                        DEALER,
                        "referrerLeadId",
                        referrer,
                        "consultantId",
                        "li.wei",
                        "name",
                        "Friend Of Owner",
                        "phone",
                        e164(local),
                        "relation",
                        "colleague",
                        "consentAt",
                        Instant.now(),
                        "receivedAt",
                        Instant.now()));
        await().atMost(WAIT).until(() -> count("select count(*) from lead where phone = ?", e164(local)) == 1);
        var found = given().auth()
                .oauth2(MANAGER)
                .queryParam("q", local)
                .get("/api/v1/leads")
                .then()
                .extract();
        String id = found.path("items[0].id");
        assertEquals("CUSTOMER_REFERRAL", found.path("items[0].channel"));
        assertEquals(referrer, found.path("items[0].referrerLeadId"));
        var created = TestEvents.await("lead.created", r -> id.equals(r.key()));
        EventContract.assertValid(created);
        JsonNode payload = JSON.readTree(created.value());
        assertEquals(referrer, payload.get("referrerLeadId").asText());
        assertEquals(referral, payload.get("referralId").asText(), "after-sales links its referral by this id");

        String known = mobile();
        String knownId = createLead(MANAGER, "Already Known", known, "ONLINE");
        String mergedReferral = UUID.randomUUID().toString();
        TestEvents.send(
                "referral.contact",
                mergedReferral,
                json(
                        "referralId",
                        mergedReferral,
                        "dealerId",
                        DEALER,
                        "referrerLeadId",
                        referrer,
                        "name",
                        "Already Known",
                        "phone",
                        e164(known),
                        "consentAt",
                        Instant.now(),
                        "receivedAt",
                        Instant.now()));
        await().atMost(WAIT)
                .until(() -> count("select count(*) from lead_contact where lead_id = ?::uuid", knownId) == 2);
        assertEquals(1, count("select count(*) from lead where phone = ?", e164(known)));
        assertEquals(
                "ONLINE",
                given().auth()
                        .oauth2(MANAGER)
                        .get("/api/v1/leads/" + knownId)
                        .then()
                        .extract()
                        .path("channel"));
        // the referrer spoke for a known person: no consent and no referrer taken, a request waits for staff
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + knownId)
                .then()
                .body("consentContact", org.hamcrest.Matchers.equalTo(false))
                .body("referrerLeadId", org.hamcrest.Matchers.nullValue());
        assertEquals(
                1,
                count(
                        "select count(*) from lead_contact where lead_id = ?::uuid and status = 'PENDING' "
                                + "and consent_offered_at is not null",
                        knownId));

        // no lead.created announced the merged referral: the lead's erasure names it for aftersales' copy
        given().auth()
                .oauth2(MANAGER)
                .post("/api/v1/leads/" + knownId + "/erasure")
                .then()
                .statusCode(200);
        var erasure = TestEvents.await("customer.erasure-requested", r -> knownId.equals(r.key()));
        EventContract.assertValid(erasure);
        assertEquals(
                List.of(mergedReferral),
                JSON.convertValue(JSON.readTree(erasure.value()).get("referralIds"), List.class));
    }
}
