package dev.showroom.aftersales;

import static dev.showroom.aftersales.Fixtures.awaitCount;
import static dev.showroom.aftersales.Fixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpTest {

    static final String SHANGHAI = "dealer-sh-01";
    static final String CARE = TestTokens.of("zhou.care", SHANGHAI, Roles.CUSTOMER_CARE);

    @Test
    void deliveryPlansCallBacksAtTenInTheShanghaiShowroomAndARedeliveryAddsNothing() throws Exception {
        UUID lead = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        // 23:30 in Shanghai on 10 March: "the next day" is 11 March local
        String json = Fixtures.delivered(SHANGHAI, lead, order, "li.wei", Instant.parse("2026-03-10T15:30:00Z"));
        String ceId = UUID.randomUUID().toString();
        TestEvents.send(Topics.ORDER_DELIVERED, lead.toString(), json, ceId);
        TestEvents.send(Topics.ORDER_DELIVERED, lead.toString(), json, ceId);
        TestEvents.send(Topics.ORDER_DELIVERED, lead.toString(), json);
        // a later delivery of another order on the same key: once its plan exists the copies were all seen
        UUID marker = UUID.randomUUID();
        Fixtures.deliver(SHANGHAI, lead, marker, "li.wei", Instant.parse("2026-03-11T02:00:00Z"));
        assertEquals(4, count("select count(*) from follow_up_call where order_id = '" + order + "'"));
        assertEquals(2, count("select count(*) from survey where lead_id = '" + lead + "'"));

        List<Map<String, Object>> plan = given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?leadId=" + lead + "&size=20")
                .then()
                .statusCode(200)
                .body("total", equalTo(8))
                .extract()
                .path("items.findAll { it.orderId == '" + order + "' }");
        assertEquals(
                List.of(1, 3, 7, 30), plan.stream().map(p -> p.get("dayOffset")).toList());
        assertEquals(
                List.of("2026-03-11T02:00:00Z", "2026-03-13T02:00:00Z", "2026-03-17T02:00:00Z", "2026-04-09T02:00:00Z"),
                plan.stream().map(p -> p.get("dueAt")).toList());
        assertEquals("2026-03-11T10:00:00", plan.get(0).get("dueLocal"));
        assertEquals("Asia/Shanghai", plan.get(0).get("timeZone"));
        assertEquals("li.wei", plan.get(0).get("assigneeId"));
        assertEquals("Chen Jie", plan.get(0).get("customerName"));
        // the satisfaction survey is asked on the day-3 call
        assertEquals(null, plan.get(0).get("surveyId"));
        org.junit.jupiter.api.Assertions.assertNotNull(plan.get(1).get("surveyId"));
    }

    @Test
    void aDealerInNewYorkGetsItsCallsInItsOwnZoneAcrossTheDaylightSavingChange() {
        String dealer = "dealer-ny-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = TestTokens.of("sam.boss", dealer, Roles.MANAGER);
        // the time zone is the dealer's profile (lead-service's, copied from dealer.profile-changed)
        String profile = TestEvents.send(
                Topics.DEALER_PROFILE_CHANGED,
                dealer,
                "{\"dealerId\":\"" + dealer
                        + "\",\"region\":\"US\",\"timeZone\":\"America/New_York\",\"currency\":\"USD\",\"openingHours\":[],"
                        + "\"languages\":[\"en-US\"],\"version\":1,\"changedAt\":\"" + Instant.now() + "\"}");
        awaitCount(
                "select count(*) from processed_event where consumer = 'aftersales-service' and event_id = '" + profile
                        + "'",
                1);
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"followUpDays\":[1,3,7,30],\"callTime\":\"10:00\","
                        + "\"followUpAssignee\":\"CUSTOMER_CARE\",\"customerCareStaffId\":\"kim.care\","
                        + "\"maxCallAttempts\":2,\"retryHours\":4,\"acknowledgeSlaHours\":24,\"surveyLinkDays\":14,"
                        + "\"periodicSurveyMonths\":3}")
                .put("/api/v1/follow-ups/settings")
                .then()
                .statusCode(200)
                .body("maxCallAttempts", equalTo(2));
        UUID lead = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        // 22:00 on 6 March in New York (EST); clocks go forward on 8 March
        Fixtures.deliver(dealer, lead, order, "joe.sales", Instant.parse("2026-03-07T03:00:00Z"));
        given().auth()
                .oauth2(manager)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body(
                        "items.dueAt",
                        equalTo(List.of(
                                "2026-03-07T15:00:00Z",
                                "2026-03-09T14:00:00Z",
                                "2026-03-13T14:00:00Z",
                                "2026-04-05T14:00:00Z")))
                .body("items.dueLocal", everyItem(org.hamcrest.Matchers.endsWith("T10:00:00")))
                .body("items.assigneeId", everyItem(equalTo("kim.care")));
        // another dealer's staff sees none of it
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void callsAreRecordedWithRetriesAndTheDueAndOverdueListsFollowTheClock() {
        UUID lead = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Instant now = Instant.now();
        Fixtures.deliver(SHANGHAI, lead, order, "li.wei", now.minusSeconds(9 * 86_400));
        List<Map<String, Object>> plan = given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        String day1 = (String) plan.get(0).get("id");
        String day30 = (String) plan.get(3).get("id");
        // days 1, 3 and 7 are past due; day 30 is not
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?overdue=true&size=100&leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.overdue", everyItem(equalTo(true)))
                .body("items.id", not(hasItem(day30)));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?due=true&size=100&leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(3));

        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"reached\":false,\"note\":\"no answer\"}")
                .post("/api/v1/follow-ups/" + day1 + "/calls")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(1))
                .body("overdue", equalTo(false))
                .body("calls[0].reached", equalTo(false))
                .body("calls[0].calledBy", equalTo("zhou.care"));
        given().auth()
                .oauth2(TestTokens.of("li.wei", SHANGHAI, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body("{\"reached\":true,\"note\":\"happy with the car\"}")
                .post("/api/v1/follow-ups/" + day1 + "/calls")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("attempts", equalTo(2))
                .body("calls.size()", equalTo(2));
        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"reached\":true}")
                .post("/api/v1/follow-ups/" + day1 + "/calls")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"note\":\"x\"}")
                .post("/api/v1/follow-ups/" + day30 + "/calls")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reached"));
        // a consultant sees only the call-backs assigned to them
        given().auth()
                .oauth2(TestTokens.of("wang.fang", SHANGHAI, Roles.CONSULTANT))
                .get("/api/v1/follow-ups/" + day30)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.of("wang.fang", SHANGHAI, Roles.CONSULTANT))
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void erasureRemovesTheCustomersDataCancelsTheCallsAndKeepsTheComplaintAnonymised() throws Exception {
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                SHANGHAI, lead, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(3600));
        String complaint = given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + lead + "\",\"channel\":\"PHONE\",\"category\":\"DELIVERY\","
                        + "\"severity\":\"MEDIUM\",\"description\":\"Chen Jie says the floor mats were missing\"}")
                .post("/api/v1/complaints")
                .then()
                .statusCode(201)
                .body("customerName", equalTo("Chen Jie"))
                .extract()
                .path("id");
        TestEvents.send(
                Topics.CUSTOMER_ERASURE_REQUESTED,
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + SHANGHAI + "\",\"requestedAt\":\"" + Instant.now()
                        + "\"}");
        awaitCount("select count(*) from customer where erased_at is not null and lead_id = '" + lead + "'", 1);
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("items.customerName", everyItem(nullValue()))
                .body("items.customerPhone", everyItem(nullValue()))
                .body("items.status", everyItem(equalTo("CANCELLED")));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/complaints/" + complaint)
                .then()
                .statusCode(200)
                .body("customerName", nullValue())
                .body("customerPhone", nullValue())
                .body("description", equalTo("(erased)"))
                .body("category", equalTo("DELIVERY"))
                .body("openedAt", notNullValue());
        assertEquals(
                0,
                count("select count(*) from customer where lead_id = '" + lead + "' and (name is not null "
                        + "or phone is not null)"));
        // no new survey for an erased customer
        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + lead + "\"}")
                .post("/api/v1/surveys")
                .then()
                .statusCode(409);
    }

    @Test
    void aDeliveryAfterTheErasurePlansNoCallAndNoSurveyButIsRecordedAsApplied() throws Exception {
        UUID lead = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        TestEvents.send(
                Topics.CUSTOMER_ERASURE_REQUESTED,
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + SHANGHAI + "\",\"requestedAt\":\"" + Instant.now()
                        + "\"}");
        awaitCount("select count(*) from customer where erased_at is not null and lead_id = '" + lead + "'", 1);

        String delivery = UUID.randomUUID().toString();
        TestEvents.send(
                Topics.ORDER_DELIVERED,
                lead.toString(),
                Fixtures.delivered(
                        SHANGHAI, lead, order, "li.wei", Instant.now().minusSeconds(3600)),
                delivery);
        // recorded in the same transaction as its effect: once it is there, the effect is complete
        awaitCount(
                "select count(*) from processed_event where consumer = 'aftersales-service' and event_id = '" + delivery
                        + "'",
                1);
        assertEquals(0, count("select count(*) from follow_up_call where lead_id = '" + lead + "'"));
        assertEquals(0, count("select count(*) from survey where lead_id = '" + lead + "'"));
        assertEquals(
                1,
                count("select count(*) from customer where lead_id = '" + lead + "' and status = 'DELIVERED' "
                        + "and erased_at is not null and name is null and phone is null"));
    }

    @Test
    void aMalformedFilterIsA400NamingTheParameter() {
        String manager = TestTokens.of("wu.manager", SHANGHAI, Roles.MANAGER);
        for (String[] c : new String[][] {
            {"/api/v1/follow-ups?status=LATE", "status"},
            {"/api/v1/follow-ups?leadId=42", "leadId"},
            {"/api/v1/complaints?status=ANGRY", "status"},
            {"/api/v1/surveys?purpose=GOSSIP", "purpose"},
            {"/api/v1/satisfaction?from=last-monday", "from"},
            {"/api/v1/referrals?referrerLeadId=nobody", "referrerLeadId"}
        }) {
            given().auth()
                    .oauth2(manager)
                    .get(c[0])
                    .then()
                    .statusCode(400)
                    .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo(c[1]));
        }
    }
}
