package dev.showroom.aftersales;

import static dev.showroom.aftersales.Fixtures.awaitApplied;
import static dev.showroom.aftersales.Fixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A defeat the manager confirmed (lead.defeat-reviewed CONFIRMED, lead-service's) plans one lost-customer call
 * (purpose LOST_CUSTOMER) for customer care, once however often the event comes; a reopened defeat cancels it.
 */
@QuarkusTest
class LostCustomerCallTest {

    static final String SHANGHAI = "dealer-sh-01";
    static final String CARE = TestTokens.of("zhou.care", SHANGHAI, Roles.CUSTOMER_CARE);

    static String reviewed(UUID defeat, UUID lead, String decision) {
        return reviewed(SHANGHAI, defeat, lead, decision);
    }

    static String reviewed(String dealer, UUID defeat, UUID lead, String decision) {
        return "{\"defeatId\":\"" + defeat + "\",\"leadId\":\"" + lead + "\",\"dealerId\":\"" + dealer
                + "\",\"consultantId\":\"li.wei\",\"decision\":\"" + decision
                + "\",\"reason\":\"BOUGHT_COMPETITOR\",\"reviewedBy\":\"zhang.manager\",\"reviewedAt\":\""
                + Instant.now() + "\"}";
    }

    @Test
    void aConfirmedDefeatPlansOneLostCustomerCallAndItsReopeningCancelsIt() throws Exception {
        UUID lead = UUID.randomUUID();
        UUID defeat = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        TestEvents.send(Topics.LEAD_DEFEAT_REVIEWED, lead.toString(), reviewed(defeat, lead, "CONFIRMED"), ceId);
        TestEvents.send(Topics.LEAD_DEFEAT_REVIEWED, lead.toString(), reviewed(defeat, lead, "CONFIRMED"), ceId);
        // the same confirmation sent again as a new event adds nothing either
        awaitApplied(
                TestEvents.send(Topics.LEAD_DEFEAT_REVIEWED, lead.toString(), reviewed(defeat, lead, "CONFIRMED")));
        assertEquals(1, count("select count(*) from follow_up_call where defeat_id = '" + defeat + "'"));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].purpose", equalTo("LOST_CUSTOMER"))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].dueLocal", org.hamcrest.Matchers.endsWith("T10:00:00"));

        awaitApplied(TestEvents.send(Topics.LEAD_DEFEAT_REVIEWED, lead.toString(), reviewed(defeat, lead, "REOPENED")));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("CANCELLED"));
    }

    @Test
    void theLostCustomerSurveyRidesOnTheCallIsAnsweredByLinkAndStaysOutOfCsi() throws Exception {
        String dealer = "dealer-lost-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("zhou.care", dealer, Roles.CUSTOMER_CARE);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        UUID lead = UUID.randomUUID();
        awaitApplied(Fixtures.contact(dealer, lead, "Qian Hua", Fixtures.phone()));
        awaitApplied(TestEvents.send(
                Topics.LEAD_DEFEAT_REVIEWED, lead.toString(), reviewed(dealer, UUID.randomUUID(), lead, "CONFIRMED")));

        // the call carries the LOST_CUSTOMER survey (failed before: the purpose had no template and no survey)
        String surveyId = given().auth()
                .oauth2(care)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("items[0].purpose", equalTo("LOST_CUSTOMER"))
                .body("items[0].surveyId", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("items[0].surveyId");
        given().auth()
                .oauth2(care)
                .get("/api/v1/surveys/" + surveyId)
                .then()
                .statusCode(200)
                .body("purpose", equalTo("LOST_CUSTOMER"))
                .body("templateCode", equalTo("LOST_CUSTOMER"))
                .body("status", equalTo("PENDING"));

        // the caller sends its link; the lost customer answers on their phone
        given().auth()
                .oauth2(care)
                .post("/api/v1/surveys/" + surveyId + "/link")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.as("gateway").roles(Roles.SERVICE).sign())
                .get("/api/v1/public/surveys/" + Fixtures.surveyToken(lead))
                .then()
                .statusCode(200)
                .body(
                        "questions.code",
                        equalTo(java.util.List.of(
                                "WHY_ELSEWHERE",
                                "WHAT_COULD_WE_HAVE_DONE",
                                "CONSULTANT_RATING",
                                "OFFER_RATING",
                                "RECONSIDER_RATING")));
        given().auth()
                .oauth2(TestTokens.as("gateway").roles(Roles.SERVICE).sign())
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{\"answers\":[{\"questionCode\":\"WHY_ELSEWHERE\",\"text\":\"Longer range at the other brand\"},"
                        + "{\"questionCode\":\"WHAT_COULD_WE_HAVE_DONE\",\"text\":\"A longer test drive\"},"
                        + "{\"questionCode\":\"CONSULTANT_RATING\",\"rating\":4},"
                        + "{\"questionCode\":\"OFFER_RATING\",\"rating\":2},"
                        + "{\"questionCode\":\"RECONSIDER_RATING\",\"rating\":3}]}")
                .post("/api/v1/public/surveys/" + Fixtures.surveyToken(lead) + "/answers")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));

        given().auth()
                .oauth2(manager)
                .get("/api/v1/surveys/lost-customers")
                .then()
                .statusCode(200)
                .body("sent", equalTo(1))
                .body("answered", equalTo(1))
                .body(
                        "ratings.questionCode",
                        equalTo(java.util.List.of("CONSULTANT_RATING", "OFFER_RATING", "RECONSIDER_RATING")))
                .body("ratings.mean", equalTo(java.util.List.of(4.0f, 2.0f, 3.0f)))
                .body("latest[0].customerName", equalTo("Qian Hua"))
                .body("latest[0].texts.WHY_ELSEWHERE", equalTo("Longer range at the other brand"));
        // a lost customer's ratings are not the buyers' satisfaction
        given().auth()
                .oauth2(manager)
                .get("/api/v1/satisfaction")
                .then()
                .statusCode(200)
                .body("overall.surveys", equalTo(0));
        given().auth()
                .oauth2(TestTokens.of("li.wei", dealer, Roles.CONSULTANT))
                .get("/api/v1/surveys/lost-customers")
                .then()
                .statusCode(403);
    }
}
