package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.lead.alert.HotLeadCheck;
import dev.showroom.lead.response.ResponseCheck;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Manager alerts (docs/process.md, "Manager alerts"): a hot lead past its follow-up and an online or referral lead
 * not contacted within the dealer's response limit (then reassigned by the rota) each raise one alert, announced on
 * lead.alert-raised, however often and however many times at once the checks run; the manager lists and
 * acknowledges them (If-Match); the response times per channel and consultant.
 */
@QuarkusTest
class ManagerAlertsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    HotLeadCheck hotLeads;

    @Inject
    ResponseCheck responses;

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    static String dealer() {
        return "dealer-alert-" + System.nanoTime();
    }

    static String capture(String token, String channel, String grade) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("name", "Alert " + mobile(), "phone", mobile(), "channel", channel));
        if (grade != null) {
            body.put("grade", grade);
        }
        return create(token, body).statusCode(201).extract().path("id");
    }

    @Test
    void aHotLeadPastItsFollowUpRaisesOneAlertWhichTheManagerAcknowledges() throws Exception {
        String dealer = dealer();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        String token = TestTokens.of("hana", dealer, Roles.CONSULTANT);
        String hot = capture(token, "WALK_IN", "H");
        String warm = capture(token, "WALK_IN", "B");
        MovableClock.advance(Duration.ofDays(3)); // H is followed up every 2 days, B every 7

        bothAtOnce(hotLeads::raiseForHotLeads);
        hotLeads.raiseForHotLeads();
        assertEquals(1, count("select count(*) from lead_alert where lead_id = '" + hot + "'"), "once, however often");
        assertEquals(0, count("select count(*) from lead_alert where lead_id = '" + warm + "'"));
        var raised = TestEvents.await("lead.alert-raised", r -> hot.equals(r.key()));
        EventContract.assertValid(raised);
        JsonNode event = JSON.readTree(raised.value());
        assertEquals("HOT_LEAD_OVERDUE", event.get("kind").asText());
        assertEquals("hana", event.get("consultantId").asText());
        assertEquals(dealer, event.get("dealerId").asText());

        var listed = given().auth()
                .oauth2(manager)
                .queryParam("acknowledged", false)
                .get("/api/v1/lead-alerts")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].leadId", equalTo(hot))
                .body("items[0].kind", equalTo("HOT_LEAD_OVERDUE"))
                .body("items[0].consultantId", equalTo("hana"))
                .extract();
        String alert = listed.path("items[0].id");
        given().auth().oauth2(token).get("/api/v1/lead-alerts").then().statusCode(403);
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/lead-alerts/" + alert)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(manager)
                .queryParam("sort", "leadName")
                .get("/api/v1/lead-alerts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));

        String path = "/api/v1/lead-alerts/" + alert + "/acknowledgement";
        given().auth().oauth2(manager).post(path).then().statusCode(428);
        given().auth()
                .oauth2(manager)
                .header("If-Match", "\"7\"")
                .post(path)
                .then()
                .statusCode(412);
        String etag = given().auth()
                .oauth2(manager)
                .get("/api/v1/lead-alerts/" + alert)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(manager)
                .header("If-Match", etag)
                .post(path)
                .then()
                .statusCode(200)
                .body("acknowledged", equalTo(true))
                .body("acknowledgedBy", equalTo("boss"));
        String after = given().auth()
                .oauth2(manager)
                .get("/api/v1/lead-alerts/" + alert)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(manager)
                .header("If-Match", after)
                .post(path)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(manager)
                .queryParam("acknowledged", false)
                .get("/api/v1/lead-alerts")
                .then()
                .body("total", equalTo(0));

        // followed up, then missed again: a new follow-up window missed is a new alert
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "CALL", "outcome", "Still keen"))
                .post("/api/v1/leads/" + hot + "/follow-ups")
                .then()
                .statusCode(201);
        MovableClock.advance(Duration.ofDays(3));
        hotLeads.raiseForHotLeads();
        assertEquals(2, count("select count(*) from lead_alert where lead_id = '" + hot + "'"));
    }

    @Test
    void anOnlineLeadNotContactedInTimeIsReassignedByTheRotaOnceAndTheManagerTold() throws Exception {
        String dealer = dealer();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        consultants(manager, "ann", "bob");
        onDutyToday(manager, "ann", "bob");
        LocalDate createdOn = MovableClock.now().atZone(SHANGHAI).toLocalDate();
        String late = capture(manager, "ONLINE", null); // ann's turn
        String answered = capture(manager, "CUSTOMER_REFERRAL", null); // bob's
        String walkIn = capture(manager, "WALK_IN", null); // ann's, in contact at capture
        given().auth()
                .oauth2(TestTokens.of("bob", dealer, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "CALL", "outcome", "Called back at once"))
                .post("/api/v1/leads/" + answered + "/follow-ups")
                .then()
                .statusCode(201);
        assertEquals("ann", consultantOf(manager, late));

        MovableClock.advance(Duration.ofDays(2)); // well past 30 minutes of any opening hours
        bothAtOnce(responses::reassignLate);
        responses.reassignLate();
        assertEquals("bob", consultantOf(manager, late), "the next on the rota who is not ann");
        assertEquals("bob", consultantOf(manager, answered));
        assertEquals("ann", consultantOf(manager, walkIn));
        assertEquals(1, count("select count(*) from lead_alert where lead_id = '" + late + "'"));
        assertEquals(
                0, count("select count(*) from lead_alert where lead_id in ('" + answered + "', '" + walkIn + "')"));
        var assigned = TestEvents.awaitCount(
                "lead.assigned",
                r -> late.equals(r.key()) && r.value().contains("response-time"),
                1,
                Duration.ofSeconds(20));
        assertEquals(1, assigned.size());
        var raised = TestEvents.await("lead.alert-raised", r -> late.equals(r.key()));
        EventContract.assertValid(raised);
        JsonNode event = JSON.readTree(raised.value());
        assertEquals("RESPONSE_TIME_EXCEEDED", event.get("kind").asText());
        assertEquals("ann", event.get("consultantId").asText());
        assertEquals("bob", event.get("reassignedTo").asText());
        given().auth()
                .oauth2(manager)
                .queryParam("kind", "RESPONSE_TIME_EXCEEDED")
                .get("/api/v1/lead-alerts")
                .then()
                .statusCode(200)
                .body("items.leadId", hasItem(late))
                .body("items.leadId", not(hasItem(answered)))
                .body("items[0].reassignedTo", equalTo("bob"));

        LocalDate today = MovableClock.now().atZone(SHANGHAI).toLocalDate();
        given().auth()
                .oauth2(manager)
                .queryParam("from", createdOn.toString())
                .queryParam("to", today.toString())
                .get("/api/v1/leads/response-times")
                .then()
                .statusCode(200)
                .body("limitMinutes", equalTo(30))
                .body("total.leads", equalTo(3))
                .body("total.contacted", equalTo(2))
                .body("total.waiting", equalTo(1))
                .body("total.late", equalTo(1))
                .body("total.withinLimit", equalTo(2))
                .body("rows.find { it.key == 'ONLINE' }.late", equalTo(1))
                .body("rows.find { it.key == 'WALK_IN' }.medianMinutes", equalTo(0))
                .body("rows.find { it.key == 'CUSTOMER_REFERRAL' }.withinLimit", equalTo(1));
        given().auth()
                .oauth2(manager)
                .queryParam("from", createdOn.toString())
                .queryParam("to", today.toString())
                .queryParam("groupBy", "CONSULTANT")
                .get("/api/v1/leads/response-times")
                .then()
                .statusCode(200)
                .body("rows.key", hasItem("bob"))
                .body("rows.find { it.key == 'bob' }.leads", equalTo(2));
        given().auth()
                .oauth2(TestTokens.of("ann", dealer, Roles.CONSULTANT))
                .queryParam("from", createdOn.toString())
                .queryParam("to", today.toString())
                .get("/api/v1/leads/response-times")
                .then()
                .statusCode(200)
                .body("consultantId", equalTo("ann"))
                .body("total.leads", equalTo(1));
        given().auth()
                .oauth2(manager)
                .queryParam("groupBy", "MODEL")
                .get("/api/v1/leads/response-times")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void theResponseLimitIsADealerSetting() {
        String dealer = dealer();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        var settings = given().auth()
                .oauth2(manager)
                .get("/api/v1/leads/settings")
                .then()
                .statusCode(200)
                .body("responseLimitMinutes", equalTo(30))
                .extract();
        Map<String, Object> body = Map.of(
                "cadenceDays",
                Map.of("H", 2, "A", 3, "B", 7, "C", 14),
                "firstFollowUpDays",
                1,
                "responseLimitMinutes",
                0);
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/leads/settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("responseLimitMinutes"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", settings.header("ETag"))
                .body(Map.of(
                        "cadenceDays",
                        Map.of("H", 2, "A", 3, "B", 7, "C", 14),
                        "firstFollowUpDays",
                        1,
                        "responseLimitMinutes",
                        45))
                .put("/api/v1/leads/settings")
                .then()
                .statusCode(200)
                .body("responseLimitMinutes", equalTo(45));
        // a client that does not know the setting leaves it as it is
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("cadenceDays", Map.of("H", 2, "A", 3, "B", 7, "C", 14), "firstFollowUpDays", 1))
                .put("/api/v1/leads/settings")
                .then()
                .statusCode(200)
                .body("responseLimitMinutes", equalTo(45));
    }

    static String consultantOf(String token, String id) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("consultantId");
    }

    static long count(String sql) throws Exception {
        try (var c = Postgres.get().connect();
                var st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Two runs of a check at the same moment, as two replicas whose job lock did not keep them apart. */
    static void bothAtOnce(Callable<?> job) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(replicas.submit(job), replicas.submit(job));
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
    }
}
