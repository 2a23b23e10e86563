package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The opening checklist, invitations and appointments, needs analysis, and who may do what. */
@QuarkusTest
class ShowroomDayTest {

    static final List<String> DEFAULT_ITEMS = List.of(
            "DISPLAY_FILM_REMOVED",
            "DISPLAY_CARS_CLEAN",
            "WHEEL_LOGOS_UPRIGHT",
            "DRINKS_STATION",
            "SALES_TOOLS_READY",
            "STAFF_APPEARANCE");

    static List<Map<String, Object>> results(Map<String, String> failuresWithOwner) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (String code : DEFAULT_ITEMS) {
            String owner = failuresWithOwner.get(code);
            results.add(
                    owner == null
                            ? Map.of("itemCode", code, "passed", true)
                            : Map.of("itemCode", code, "passed", false, "ownerId", owner, "note", "not done"));
        }
        return results;
    }

    @Test
    void theMorningChecklistTurnsFailuresIntoActionsAndShowsRepeatOffenders() {
        String dealer = unique("dealer-check");
        String manager = TestTokens.of("check.manager", dealer, Roles.MANAGER);
        String owner = TestTokens.of("xu.consultant", dealer, Roles.CONSULTANT);
        RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/v1/checklists/template?size=100")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(DEFAULT_ITEMS))
                .body("total", equalTo(DEFAULT_ITEMS.size()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        // a failure needs an owner; every item is checked
        post(
                        manager,
                        "/api/v1/checklists/runs",
                        Map.of("results", List.of(Map.of("itemCode", "DRINKS_STATION", "passed", false))))
                .statusCode(400)
                .body("errors[0].field", equalTo("results[0].ownerId"));
        post(
                        manager,
                        "/api/v1/checklists/runs",
                        Map.of("results", List.of(Map.of("itemCode", "DRINKS_STATION", "passed", true))))
                .statusCode(400)
                .body("errors[0].field", equalTo("results"));

        // yesterday xu forgot the film; today the film and the drinks station
        post(
                        manager,
                        "/api/v1/checklists/runs",
                        Map.of(
                                "date",
                                today.minusDays(1).toString(),
                                "results",
                                results(Map.of("DISPLAY_FILM_REMOVED", "xu.consultant"))))
                .statusCode(201);
        String runId = post(
                        manager,
                        "/api/v1/checklists/runs",
                        Map.of(
                                "results",
                                results(Map.of(
                                        "DISPLAY_FILM_REMOVED", "xu.consultant", "DRINKS_STATION", "ma.reception"))))
                .statusCode(201)
                .body("passed", equalTo(4))
                .body("failed", equalTo(2))
                .extract()
                .path("id");
        post(manager, "/api/v1/checklists/runs", Map.of("results", results(Map.of())))
                .statusCode(409);

        // xu sees and closes their own action, not someone else's
        String action = RestAssured.given()
                .auth()
                .oauth2(owner)
                .get("/api/v1/checklists/actions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .extract()
                .path("items.find { it.date == '" + today + "' }.id");
        String other = RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/v1/checklists/actions?ownerId=ma.reception")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        post(owner, "/api/v1/checklists/actions/" + other + "/close", Map.of()).statusCode(404);
        post(owner, "/api/v1/checklists/actions/" + action + "/close", Map.of("note", "Film removed"))
                .statusCode(200)
                .body("open", equalTo(false))
                .body("closedSameDay", equalTo(true));
        post(owner, "/api/v1/checklists/actions/" + action + "/close", Map.of()).statusCode(409);

        RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/v1/checklists/summary")
                .then()
                .statusCode(200)
                .body("run", equalTo(true))
                .body("runId", equalTo(runId))
                .body("items", equalTo(6))
                .body("passed", equalTo(4))
                .body("failed", equalTo(2))
                .body("actionsOpen", equalTo(1))
                .body("actionsClosedSameDay", equalTo(1))
                .body("actions.ownerId", hasItem("ma.reception"));
        RestAssured.given()
                .auth()
                .oauth2(manager)
                .get("/api/v1/checklists/repeat-failures")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].ownerId", equalTo("xu.consultant"))
                .body("items[0].failures", equalTo(2))
                .body("items[0].byItem.DISPLAY_FILM_REMOVED", equalTo(2));
        // only managers run the checklist and read the summary
        post(owner, "/api/v1/checklists/runs", Map.of("results", results(Map.of())))
                .statusCode(403);
        RestAssured.given()
                .auth()
                .oauth2(owner)
                .get("/api/v1/checklists/summary")
                .then()
                .statusCode(403);
    }

    @Test
    void aQualifiedLeadBecomesOneInvitationHoweverOftenTheEventArrives() {
        UUID leadId = UUID.randomUUID();
        // li.wei's customer, as lead.created told this service (a consultant books only for a customer it knows as
        // theirs)
        leadCreated(leadId, "Invited Person", "+86" + mobile(), "li.wei", null);
        awaitKnown(leadId, "li.wei");
        String json = "{\"leadId\":\"" + leadId + "\",\"dealerId\":\"" + DEALER + "\",\"consultantId\":\"li.wei\","
                + "\"modelOfInterest\":\"Model Y\",\"qualifiedAt\":\"" + Instant.now() + "\"}";
        String ceId = UUID.randomUUID().toString();
        TestEvents.send("lead.qualified", leadId.toString(), json, ceId);
        TestEvents.send("lead.qualified", leadId.toString(), json, ceId);
        // a second qualification (another ce_id) while the invitation is open adds nothing either
        TestEvents.send("lead.qualified", leadId.toString(), json);
        String marker = UUID.randomUUID().toString();
        TestEvents.send("lead.qualified", leadId.toString(), json.replace(leadId.toString(), marker));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Long.valueOf(1)
                        .equals(db("select count(*) from appointment where lead_id = ?", UUID.fromString(marker))));
        assertEquals(1L, db("select count(*) from appointment where lead_id = ?", leadId));

        String invitation = get(consultant("li.wei"), "/api/v1/appointments?status=TO_INVITE&leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].purpose", equalTo("Invite to the showroom: Model Y"))
                .extract()
                .path("items[0].id");
        get(consultant("wang.fang"), "/api/v1/appointments/" + invitation).statusCode(404);

        // the consultant books it: the invitation becomes the appointment
        Instant at = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = at.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        post(
                        consultant("li.wei"),
                        "/api/v1/appointments",
                        Map.of("leadId", leadId.toString(), "scheduledAt", at.toString()))
                .statusCode(201)
                .body("id", equalTo(invitation))
                .body("status", equalTo("BOOKED"));
        get(MANAGER, "/api/v1/appointments?date=" + day).statusCode(200).body("items.id", hasItem(invitation));
        get(MANAGER, "/api/v1/appointments/reminders-due?size=100")
                .statusCode(200)
                .body("items.id", hasItem(invitation));
        post(RECEPTION, "/api/v1/appointments/" + invitation + "/reminder-sent", Map.of())
                .statusCode(200)
                .body("reminderSentAt", notNullValue());
        // a no-show only once the time has passed
        post(RECEPTION, "/api/v1/appointments/" + invitation + "/no-show", Map.of())
                .statusCode(409);
        post(
                        RECEPTION,
                        "/api/v1/appointments",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "scheduledAt",
                                Instant.now().minus(1, ChronoUnit.HOURS).toString()))
                .statusCode(400)
                .body("errors[0].field", equalTo("scheduledAt"));
    }

    @Test
    void aConsultantRecordsTheNeedsOfTheirOwnCustomer() {
        UUID leadId = UUID.randomUUID();
        leadAssigned(leadId, "li.wei");
        awaitKnown(leadId, "li.wei");
        Map<String, Object> neads = Map.of(
                "nowDriving",
                "2015 Passat",
                "enjoys",
                "Space for the family",
                "wouldAlter",
                "Fuel costs",
                "decisionMaker",
                "Together with his wife",
                "solutionSought",
                "An electric SUV");
        Map<String, Object> form = Map.of(
                "family",
                "Married, two children",
                "occupation",
                "Engineer",
                "recreation",
                "Camping at weekends",
                "budgetMin",
                250000,
                "budgetMax",
                320000);
        String id = post(
                        consultant("li.wei"),
                        "/api/v1/needs-analyses",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "neads",
                                neads,
                                "form",
                                form,
                                "summary",
                                "Electric SUV for a family of four, 250-320k",
                                "summaryConfirmed",
                                true,
                                "recommendedModel",
                                "aurora",
                                "recommendedTrim",
                                "LONG_RANGE"))
                .statusCode(201)
                .body("recommendedModel", equalTo("AURORA"))
                .body("recommendedTrim", equalTo("LONG_RANGE"))
                .body("neads.nowDriving", equalTo("2015 Passat"))
                .body("form.budgetMax", equalTo(320000))
                .body("summaryConfirmed", equalTo(true))
                .body("confirmedAt", notNullValue())
                .body("consultantId", equalTo("li.wei"))
                .extract()
                .path("id");
        // needs.analysed through the outbox: ids and the recommendation, none of the customer's answers
        var analysed = TestEvents.await("needs.analysed", r -> leadId.toString().equals(r.key()));
        EventContract.assertValid(analysed);
        assertEquals(true, analysed.value().contains("\"recommendedModel\":\"AURORA\""), analysed.value());
        assertEquals(false, analysed.value().contains("Passat"), analysed.value());
        assertEquals(false, analysed.value().contains("Camping"), analysed.value());
        // a trim without its model, a model that is no catalogue code: each named
        post(
                        consultant("li.wei"),
                        "/api/v1/needs-analyses",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "neads",
                                neads,
                                "form",
                                form,
                                "recommendedTrim",
                                "LONG_RANGE"))
                .statusCode(400)
                .body("errors[0].field", equalTo("recommendedTrim"))
                .body("errors[0].rule", equalTo("modelFirst"));
        post(
                        consultant("li.wei"),
                        "/api/v1/needs-analyses",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "neads",
                                neads,
                                "form",
                                form,
                                "recommendedModel",
                                "Aurora 7!"))
                .statusCode(400)
                .body("errors[0].field", equalTo("recommendedModel"))
                .body("errors[0].rule", equalTo("catalogueCode"));
        get(consultant("li.wei"), "/api/v1/needs-analyses?leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        get(consultant("wang.fang"), "/api/v1/needs-analyses/" + id).statusCode(404);
        post(
                        consultant("wang.fang"),
                        "/api/v1/needs-analyses",
                        Map.of("leadId", leadId.toString(), "neads", neads, "form", form))
                .statusCode(404);
        post(RECEPTION, "/api/v1/needs-analyses", Map.of("leadId", leadId.toString(), "neads", neads, "form", form))
                .statusCode(403);
        post(
                        consultant("li.wei"),
                        "/api/v1/needs-analyses",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "neads",
                                neads,
                                "form",
                                Map.of("budgetMin", 300000, "budgetMax", 100000)))
                .statusCode(400)
                .body("errors[0].field", equalTo("form.budgetMax"));
        // a stale revision is refused
        RestAssured.given()
                .auth()
                .oauth2(consultant("li.wei"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(Map.of("leadId", leadId.toString(), "neads", neads, "form", form))
                .put("/api/v1/needs-analyses/" + id)
                .then()
                .statusCode(412);
        // a revision without If-Match could overwrite another's: it is required
        RestAssured.given()
                .auth()
                .oauth2(consultant("li.wei"))
                .contentType(ContentType.JSON)
                .body(Map.of("leadId", leadId.toString(), "neads", neads, "form", form))
                .put("/api/v1/needs-analyses/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        String read = get(consultant("li.wei"), "/api/v1/needs-analyses/" + id)
                .statusCode(200)
                .extract()
                .header("ETag");
        String revised = RestAssured.given()
                .auth()
                .oauth2(consultant("li.wei"))
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(Map.of("leadId", leadId.toString(), "neads", neads, "form", form, "summary", "Revised"))
                .put("/api/v1/needs-analyses/" + id)
                .then()
                .statusCode(200)
                .body("summary", equalTo("Revised"))
                .body("recommendedModel", equalTo(null))
                .extract()
                .header("ETag");
        // the revision is announced too, as revision 1
        var revision = TestEvents.await(
                "needs.analysed",
                r -> leadId.toString().equals(r.key()) && r.value().contains("\"revision\":1"));
        EventContract.assertValid(revision);
        get(consultant("li.wei"), "/api/v1/needs-analyses/" + id).header("ETag", equalTo(revised));
    }

    @Test
    void missedAppointmentsAndTestDrivesAreNoShowsOnceTheirTimeHasPassed() {
        UUID leadId = UUID.randomUUID();
        Instant at = Instant.now().plus(1, ChronoUnit.HOURS);
        String appointment = post(
                        RECEPTION,
                        "/api/v1/appointments",
                        Map.of("leadId", leadId.toString(), "scheduledAt", at.toString(), "purpose", "Second visit"))
                .statusCode(201)
                .extract()
                .path("id");
        String car = TestDriveTest.demoCar("Model 3");
        String drive = post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        TestDriveTest.booking(car, leadId, at, at.plus(30, ChronoUnit.MINUTES)))
                .statusCode(201)
                .extract()
                .path("id");
        post(RECEPTION, "/api/v1/test-drives/" + drive + "/no-show", Map.of()).statusCode(409);
        MovableClock.advance(Duration.ofHours(2));
        try {
            post(RECEPTION, "/api/v1/appointments/" + appointment + "/no-show", Map.of())
                    .statusCode(200)
                    .body("status", equalTo("NO_SHOW"));
            post(RECEPTION, "/api/v1/appointments/" + appointment + "/attended", Map.of())
                    .statusCode(409);
            post(RECEPTION, "/api/v1/test-drives/" + drive + "/no-show", Map.of())
                    .statusCode(200)
                    .body("status", equalTo("NO_SHOW"));
            get(MANAGER, "/api/v1/appointments?status=NO_SHOW&leadId=" + leadId)
                    .statusCode(200)
                    .body("total", equalTo(1));
        } finally {
            MovableClock.reset();
        }
    }

    @Test
    void whoMayDoWhat() {
        post(RECEPTION, "/api/v1/demo-cars", Map.of("model", "Model 3", "plate", "沪D1", "vin", "LRW3E7FA0PC000002"))
                .statusCode(403)
                .contentType("application/problem+json");
        post(
                        consultant("li.wei"),
                        "/api/v1/demo-cars",
                        Map.of("model", "Model 3", "plate", "沪D1", "vin", "LRW3E7FA0PC000002"))
                .statusCode(403);
        get(RECEPTION, "/api/v1/demo-cars").statusCode(200);
        get(RECEPTION, "/api/v1/compliance").statusCode(403);
        get(MANAGER, "/api/v1/compliance").statusCode(200);
        RestAssured.given()
                .auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .body(Map.of("answerWithinRings", 3, "answerWithinSeconds", 9, "reminderHoursBefore", 24))
                .put("/api/v1/visits/settings")
                .then()
                .statusCode(403);
        get(RECEPTION, "/api/v1/visits/settings").statusCode(200).body("answerWithinRings", equalTo(3));
        get(HQ, "/api/v1/visits").statusCode(403);
        RestAssured.given().get("/api/v1/visits").then().statusCode(401).contentType("application/problem+json");
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.as("x")
                        .dealer(DEALER)
                        .roles(Roles.MANAGER)
                        .expired()
                        .sign())
                .get("/api/v1/visits")
                .then()
                .statusCode(401);
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.as("x").dealer(DEALER).roles(Roles.MANAGER).forge())
                .get("/api/v1/visits")
                .then()
                .statusCode(401);
        // receptionists book test drives but do not drive them
        post(RECEPTION, "/api/v1/test-drives/" + UUID.randomUUID() + "/start", Map.of("odometerStart", 1))
                .statusCode(403);
    }
}
