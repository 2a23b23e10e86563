package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Grades that steer (docs/process.md, "Lead grades"): the structured purchase timeframe suggests the grade; a
 * visit, a completed test drive and a quote are contacts from which the next follow-up is counted, so a customer
 * who came in today is not overdue; the follow-ups due later today are counted beside the overdue ones.
 */
@QuarkusTest
class GradesThatSteerTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    static Map<String, Object> lead(String channel, Object timeframe) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Steer " + UUID.randomUUID().toString().substring(0, 6));
        body.put("phone", mobile());
        body.put("channel", channel);
        if (timeframe != null) {
            body.put("purchaseTimeframe", timeframe);
        }
        return body;
    }

    @Test
    void theTimeframeIsOneOfFourAndSuggestsTheGradeWhichTheConsultantMayOverrule() {
        String me = "tf-" + System.nanoTime();
        String token = consultant(me);
        String id = create(token, lead("WALK_IN", "THIS_WEEK"))
                .statusCode(201)
                .body("purchaseTimeframe", equalTo("THIS_WEEK"))
                .body("suggestedGrade", equalTo("H"))
                .body("grade", nullValue())
                .extract()
                .path("id");
        create(token, lead("WALK_IN", "this month"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("purchaseTimeframe"));

        // the consultant heard "one to three months" and still grades B: the suggestion is C, the choice theirs
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, id))
                .body(Map.of("grade", "B", "purchaseTimeframe", "ONE_TO_THREE_MONTHS"))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(200)
                .body("grade", equalTo("B"))
                .body("purchaseTimeframe", equalTo("ONE_TO_THREE_MONTHS"))
                .body("suggestedGrade", equalTo("C"));
        // a receptionist does not see it
        given().auth()
                .oauth2(RECEPTION)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("purchaseTimeframe", nullValue())
                .body("suggestedGrade", nullValue());
    }

    @Test
    void aVisitATestDriveOrAQuoteIsAContactSoACustomerWhoCameInTodayIsNotOverdue() {
        String me = "ct-" + System.nanoTime();
        String token = consultant(me);
        // an online lead: no contact yet at capture (a walk-in is in contact when captured)
        String id = create(token, lead("ONLINE", null))
                .statusCode(201)
                .body("firstContactAt", nullValue())
                .extract()
                .path("id");
        create(token, lead("WALK_IN", null)).statusCode(201).body("firstContactAt", notNullValue());
        grade(token, id, "A");
        MovableClock.advance(Duration.ofDays(4));
        given().auth().oauth2(token).get("/api/v1/leads/" + id).then().body("overdue", equalTo(true));

        Instant cameIn = MovableClock.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        // the visit at the (moved) clock's time: a call or a walk-in, any visit.recorded of the lead
        StageEventsTest.awaitApplied(TestEvents.send("visit.recorded", id, visitAt(id, cameIn)));
        var after = given().auth()
                .oauth2(token)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("overdue", equalTo(false))
                .body("firstContactAt", notNullValue())
                .extract();
        Instant next = Instant.parse(after.path("nextFollowUpAt"));
        Instant last = Instant.parse(after.path("lastContactAt"));
        assertEquals(cameIn, last, "the visit is the last contact");
        assertEquals(cameIn.atZone(SHANGHAI).plusDays(3).toInstant(), next, "A: three days after the visit");

        // a quote issued later moves it again; a test drive from before (a late event) changes nothing
        Instant quoted = cameIn.plusSeconds(3600);
        StageEventsTest.awaitApplied(TestEvents.send("quote.issued", id, quote(id, quoted)));
        StageEventsTest.awaitApplied(
                TestEvents.send("testdrive.completed", id, testDrive(id, cameIn.minusSeconds(7200))));
        var moved =
                given().auth().oauth2(token).get("/api/v1/leads/" + id).then().extract();
        assertEquals(quoted, Instant.parse(moved.path("lastContactAt")));
        assertEquals(quoted.atZone(SHANGHAI).plusDays(3).toInstant(), Instant.parse(moved.path("nextFollowUpAt")));
        assertEquals("QUOTED", moved.path("stage"));
    }

    @Test
    void theFollowUpsDueLaterTodayAreCountedBesideTheOverdueOnes() {
        String dealer = "dealer-due-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        consultants(manager, "dee");
        String token = TestTokens.of("dee", dealer, Roles.CONSULTANT);
        String late =
                create(token, lead("WALK_IN", null)).statusCode(201).extract().path("id");
        String due =
                create(token, lead("WALK_IN", null)).statusCode(201).extract().path("id");
        String tomorrow =
                create(token, lead("WALK_IN", null)).statusCode(201).extract().path("id");
        // the first follow-up is a day after capture: move the clock to the start of tomorrow's day, where the
        // leads are due later today, then put one of them into the past
        Instant now = MovableClock.now();
        Instant startOfTomorrow = now.atZone(SHANGHAI)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(SHANGHAI)
                .toInstant();
        MovableClock.advance(Duration.between(now, startOfTomorrow).plusMinutes(1));
        setNextFollowUp(late, MovableClock.now().minusSeconds(30));
        setNextFollowUp(due, MovableClock.now().plusSeconds(3600));
        setNextFollowUp(tomorrow, MovableClock.now().plus(Duration.ofDays(1))); // counted nowhere
        given().auth()
                .oauth2(manager)
                .get("/api/v1/leads/overdue")
                .then()
                .statusCode(200)
                .body(
                        "date",
                        equalTo(MovableClock.now()
                                .atZone(SHANGHAI)
                                .toLocalDate()
                                .toString()))
                .body("total", equalTo(1))
                .body("dueToday", equalTo(1))
                .body("byConsultant.find { it.consultantId == 'dee' }.overdue", equalTo(1))
                .body("byConsultant.find { it.consultantId == 'dee' }.dueToday", equalTo(1));
        List<String> dueIds = given().auth()
                .oauth2(token)
                .queryParam(
                        "dueOn",
                        MovableClock.now().atZone(SHANGHAI).toLocalDate().toString())
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(due))
                .extract()
                .path("items.id");
        assertTrue(dueIds.contains(late), "the dueOn list holds the day's follow-ups, overdue or not");
    }

    static void grade(String token, String id, String grade) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(token, id))
                .body(Map.of("grade", grade))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(200);
    }

    static void setNextFollowUp(String id, Instant at) {
        try (var c = dev.showroom.testing.Postgres.get().connect();
                var ps = c.prepareStatement("update lead set next_follow_up_at = ? where id = ?::uuid")) {
            ps.setObject(1, java.sql.Timestamp.from(at));
            ps.setString(2, id);
            assertEquals(1, ps.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String visitAt(String id, Instant at) {
        return StageEventsTest.json(
                "visitId",
                UUID.randomUUID().toString(),
                "dealerId",
                DEALER,
                "leadId",
                id,
                "kind",
                "CALL",
                "consultantId",
                "li.wei",
                "occurredAt",
                at,
                "checkpoints",
                List.of(Map.of("code", "STANDARD_GREETING", "met", true)),
                "modelsPresented",
                List.of(),
                "appointmentAt",
                null);
    }

    static String quote(String id, Instant at) {
        return StageEventsTest.json(
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
                at);
    }

    static String testDrive(String id, Instant at) {
        return StageEventsTest.json(
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
                at);
    }
}
