package dev.showroom.aftersales;

import static dev.showroom.aftersales.Fixtures.awaitCount;
import static dev.showroom.aftersales.Fixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Referrals as seed 002 has them (docs/process.md, steps 8 and 10): asked from the signature on, one to three people
 * per ask, the checkpoint at signing and on the D+3/D+7 calls, the visit agreed on the spot, and the conversion per
 * consultant and referrer. Each test works in a dealer of its own, so the report's figures are exact.
 */
@QuarkusTest
class ReferralAskTest {

    static String dealer() {
        return "dealer-rf-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    static String orderSigned(String dealer, UUID lead, UUID order, String consultant, Boolean referralsAsked) {
        return "{\"orderId\":\"" + order + "\",\"orderNumber\":\"SO-"
                + order.toString().substring(0, 8)
                + "\",\"dealerId\":\"" + dealer + "\",\"leadId\":\"" + lead + "\",\"consultantId\":\"" + consultant
                + "\",\"model\":\"Aurora\",\"trim\":\"Luxury\",\"total\":\"200000.00\",\"currency\":\"CNY\","
                + "\"depositState\":\"NOT_PAID\",\"expectedDeliveryDate\":null,\"signedAt\":\"" + Instant.now()
                + "\",\"referralsAsked\":" + referralsAsked + "}";
    }

    static ValidatableResponse refer(String token, UUID referrer, String... people) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"referrerLeadId\":\"" + referrer + "\",\"referrals\":[" + String.join(",", people) + "]}")
                .post("/api/v1/referrals")
                .then();
    }

    static String person(String name, Instant appointmentAt) {
        return "{\"name\":\"" + name + "\",\"phone\":\"" + Fixtures.phone() + "\",\"relation\":\"friend\","
                + "\"consent\":true" + (appointmentAt == null ? "" : ",\"appointmentAt\":\"" + appointmentAt + "\"")
                + "}";
    }

    static String leadCreated(String dealer, UUID lead, UUID referrer, String referralId) {
        return "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + dealer + "\",\"channel\":\"CUSTOMER_REFERRAL\","
                + "\"consultantId\":\"li.wei\",\"modelOfInterest\":null,\"referrerLeadId\":\"" + referrer
                + "\",\"referralId\":\"" + referralId + "\",\"visitId\":null,\"createdAt\":\"" + Instant.now() + "\"}";
    }

    static String walkIn(String dealer, UUID lead) {
        return "{\"visitId\":\"" + UUID.randomUUID() + "\",\"dealerId\":\"" + dealer + "\",\"leadId\":\"" + lead
                + "\",\"kind\":\"WALK_IN\",\"consultantId\":\"li.wei\",\"occurredAt\":\"" + Instant.now()
                + "\",\"checkpoints\":[],\"modelsPresented\":[],\"appointmentAt\":null}";
    }

    @Test
    void aSignedCustomerIsAskedAtTheSigningAndRefersPeoplePerAskWithAVisitAgreedOnTheSpot() throws Exception {
        String dealer = dealer();
        String consultant = TestTokens.of("li.wei", dealer, Roles.CONSULTANT);
        String manager = TestTokens.of("wang.mgr", dealer, Roles.MANAGER);
        UUID referrer = UUID.randomUUID();
        Fixtures.awaitApplied(Fixtures.contact(dealer, referrer, "Chen Jie", Fixtures.phone()));

        // a prospect without a signed order is not asked yet (failed before for a signed one: "delivered" only)
        refer(manager, referrer, person("Early", null))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("referrerLeadId"))
                .body("errors[0].rule", equalTo("signed"));

        UUID order = UUID.randomUUID();
        Fixtures.awaitApplied(TestEvents.send(
                Topics.ORDER_SIGNED, referrer.toString(), orderSigned(dealer, referrer, order, "li.wei", true)));
        // the signing's checkpoint, once however often the event comes
        TestEvents.send(Topics.ORDER_SIGNED, referrer.toString(), orderSigned(dealer, referrer, order, "li.wei", true));
        awaitCount(
                "select count(*) from referral_ask where dealer_id = '" + dealer + "' and occasion = 'SIGNING' "
                        + "and asked and source_id = '" + order + "'",
                1);

        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        refer(consultant, referrer, person("Past", Instant.now().minusSeconds(60)))
                .statusCode(400)
                .body("errors[0].field", equalTo("referrals[0].appointmentAt"))
                .body("errors[0].rule", equalTo("future"));
        List<String> first = refer(consultant, referrer, person("Wang Lei", tomorrow), person("Sun Mei", null))
                .statusCode(201)
                .body("referrals[0].appointmentAt", notNullValue())
                .extract()
                .path("referrals.id");
        ConsumerRecord<String, String> received = TestEvents.await(
                Topics.REFERRAL_RECEIVED, r -> r.value() != null && r.value().contains(first.get(0)));
        EventContract.assertValid(received);
        assertEquals(tomorrow, Instant.parse(JsonPath.from(received.value()).getString("appointmentAt")));
        // a second ask brings three more: one to three per ask, not in all
        refer(consultant, referrer, person("A", null), person("B", null), person("C", null))
                .statusCode(201);
        refer(consultant, referrer, person("A", null), person("B", null), person("C", null), person("D", null))
                .statusCode(400)
                .body("errors[0].field", equalTo("referrals"));

        // Wang Lei becomes a lead, walks in and signs: the conversion counts each step
        UUID wang = UUID.randomUUID();
        Fixtures.awaitApplied(TestEvents.send(
                Topics.LEAD_CREATED, wang.toString(), leadCreated(dealer, wang, referrer, first.get(0))));
        Fixtures.awaitApplied(TestEvents.send(Topics.VISIT_RECORDED, wang.toString(), walkIn(dealer, wang)));
        Fixtures.awaitApplied(TestEvents.send(
                Topics.ORDER_SIGNED, wang.toString(), orderSigned(dealer, wang, UUID.randomUUID(), "li.wei", false)));
        // Sun Mei becomes a lead and has not come in yet
        UUID sun = UUID.randomUUID();
        Fixtures.awaitApplied(
                TestEvents.send(Topics.LEAD_CREATED, sun.toString(), leadCreated(dealer, sun, referrer, first.get(1))));

        given().auth()
                .oauth2(manager)
                .get("/api/v1/referrals/conversion")
                .then()
                .statusCode(200)
                .body("total.referrals", equalTo(5))
                .body("total.appointments", equalTo(1))
                .body("total.leads", equalTo(2))
                .body("total.visited", equalTo(1))
                .body("total.ordered", equalTo(1))
                .body("total.referralToOrder", equalTo(0.2f))
                .body("total.leadToVisit", equalTo(0.5f))
                // the signing checkpoints: the referrer's met, Wang Lei's own signing missed
                .body("asks", hasSize(1))
                .body("asks[0].occasion", equalTo("SIGNING"))
                .body("asks[0].asked", equalTo(1))
                .body("asks[0].missed", equalTo(1))
                .body("consultants", hasSize(1))
                .body("consultants[0].consultantId", equalTo("li.wei"))
                .body("consultants[0].asked", equalTo(1))
                .body("consultants[0].asks", equalTo(2))
                .body("consultants[0].conversion.ordered", equalTo(1))
                .body("referrers", hasSize(1))
                .body("referrers[0].referrerLeadId", equalTo(referrer.toString()))
                .body("referrers[0].referrerName", equalTo("Chen Jie"))
                .body("referrers[0].conversion.referrals", equalTo(5));
        // a consultant does not read the report; a period backwards names from
        given().auth()
                .oauth2(consultant)
                .get("/api/v1/referrals/conversion")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(manager)
                .get("/api/v1/referrals/conversion?from=2026-05-02&to=2026-05-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void theD3AndD7CallsRecordWhetherReferralsWereAskedAndOtherCallsOnlyWhenSaid() throws Exception {
        String dealer = dealer();
        String care = TestTokens.of("zhou.care", dealer, Roles.CUSTOMER_CARE);
        UUID lead = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Fixtures.deliver(dealer, lead, order, "li.wei", Instant.now().minus(10, ChronoUnit.DAYS));
        JsonPath calls = given().auth()
                .oauth2(care)
                .get("/api/v1/follow-ups?leadId=" + lead + "&sort=dueAt")
                .then()
                .statusCode(200)
                .body("items", hasSize(4))
                .body("items.referralAskDay", equalTo(List.of(false, true, true, false)))
                .extract()
                .jsonPath();
        List<String> ids = calls.getList("items.id");

        // D+1: reached, nothing said: no checkpoint
        call(care, ids.get(0), "{\"reached\":true}");
        // D+3: reached, referrals not said: missed
        call(care, ids.get(1), "{\"reached\":true,\"note\":\"happy\"}").body("calls[0].referralsAsked", equalTo(false));
        // D+7: not reached first (no checkpoint), then reached and asked: met
        call(care, ids.get(2), "{\"reached\":false}");
        call(care, ids.get(2), "{\"reached\":true,\"referralsAsked\":true}")
                .body("calls[1].referralsAsked", equalTo(true));
        // D+30: asked although not an ask day: recorded since it was said
        call(care, ids.get(3), "{\"reached\":true,\"referralsAsked\":true}");

        assertEquals(
                3, count("select count(*) from referral_ask where dealer_id = '" + dealer + "' and occasion = 'CALL'"));
        given().auth()
                .oauth2(TestTokens.of("wang.mgr", dealer, Roles.MANAGER))
                .get("/api/v1/referrals/conversion")
                .then()
                .statusCode(200)
                .body("asks.dayOffset", equalTo(List.of(3, 7, 30)))
                .body("asks.asked", equalTo(List.of(0, 1, 1)))
                .body("asks.missed", equalTo(List.of(1, 0, 0)))
                .body("consultants[0].consultantId", equalTo("li.wei"))
                .body("consultants[0].asked", equalTo(2))
                .body("consultants[0].asks", equalTo(3));

        // the ask days are a setting (a client that leaves them out keeps them)
        String manager = TestTokens.of("wang.mgr", dealer, Roles.MANAGER);
        given().auth()
                .oauth2(manager)
                .get("/api/v1/follow-ups/settings")
                .then()
                .statusCode(200)
                .body("referralAskDays", equalTo(List.of(3, 7)));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"followUpDays\":[1,3,7,30],\"callTime\":\"10:00\",\"followUpAssignee\":\"CONSULTANT\","
                        + "\"maxCallAttempts\":3,\"retryHours\":4,\"acknowledgeSlaHours\":24,\"surveyLinkDays\":14,"
                        + "\"periodicSurveyMonths\":3,\"referralAskDays\":[7,3,3,30]}")
                .put("/api/v1/follow-ups/settings")
                .then()
                .statusCode(200)
                .body("referralAskDays", equalTo(List.of(3, 7, 30)));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"followUpDays\":[1,3,7,30],\"callTime\":\"10:00\",\"followUpAssignee\":\"CONSULTANT\","
                        + "\"maxCallAttempts\":3,\"retryHours\":4,\"acknowledgeSlaHours\":24,\"surveyLinkDays\":14,"
                        + "\"periodicSurveyMonths\":3,\"referralAskDays\":[400]}")
                .put("/api/v1/follow-ups/settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("referralAskDays"));
    }

    static ValidatableResponse call(String token, String id, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/follow-ups/" + id + "/calls")
                .then()
                .statusCode(200);
    }
}
