package dev.showroom.aftersales;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Surveys that check what staff declared, and a detractor's answer that opens a complaint (process step 10). */
@QuarkusTest
class SurveyChecksTest {

    static String pendingSurvey(String token, UUID lead) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/surveys?status=PENDING&leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
    }

    @Test
    void aDetractorsAnswerOpensAComplaintWithTheAnswersAndAPromotersNone() throws Exception {
        String dealer = "dealer-det-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("ma.care", dealer, Roles.CUSTOMER_CARE);
        UUID unhappy = UUID.randomUUID();
        UUID happy = UUID.randomUUID();
        Fixtures.deliver(
                dealer, unhappy, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(86_400));
        Fixtures.deliver(
                dealer, happy, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(86_400));
        String survey = pendingSurvey(care, unhappy);
        SurveyTest.answerByLink(
                care,
                survey,
                unhappy,
                "{\"answers\":[{\"questionCode\":\"DELIVERY_RATING\",\"rating\":3},"
                        + "{\"questionCode\":\"RECOMMEND\",\"rating\":3},"
                        + "{\"questionCode\":\"COMMENTS\",\"text\":\"The car was not clean at the handover\"}]}");
        SurveyTest.answerByLink(care, pendingSurvey(care, happy), happy, SurveyTest.answers(5, 5, 10));

        JsonPath complaints = given().auth()
                .oauth2(care)
                .get("/api/v1/complaints?leadId=" + unhappy)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .jsonPath();
        assertEquals("SURVEY", complaints.getString("items[0].channel"));
        assertEquals("HIGH", complaints.getString("items[0].severity"));
        assertEquals(survey, complaints.getString("items[0].surveyId"));
        assertEquals("OPEN", complaints.getString("items[0].status"));
        // HIGH goes to the managers at once
        assertEquals(complaints.getString("items[0].openedAt"), complaints.getString("items[0].escalatedAt"));
        String description = complaints.getString("items[0].description");
        assertEquals(true, description.contains("recommendation 3/10"), description);
        assertEquals(true, description.contains("The car was not clean at the handover"), description);
        assertNull(complaints.get("items[0].assigneeId"));

        ConsumerRecord<String, String> opened = TestEvents.await(
                Topics.COMPLAINT_OPENED, r -> unhappy.toString().equals(r.key()));
        EventContract.assertValid(opened);
        assertEquals("SURVEY", JsonPath.from(opened.value()).getString("channel"));

        given().auth()
                .oauth2(care)
                .get("/api/v1/complaints?leadId=" + happy)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theManagerSeesWhatStaffDeclaredAgainstWhatCustomersSaidPerConsultantAndCheckpoint() throws Exception {
        String dealer = "dealer-chk-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("ma.care", dealer, Roles.CUSTOMER_CARE);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        // staff declared: drinks offered and the biggest benefit first (a presentation), both met
        SurveyTest.visit(dealer, "a.sales", "{\"code\":\"DRINKS_OFFERED\",\"met\":true}");
        UUID presentation = UUID.randomUUID();
        TestEvents.send(
                Topics.PRESENTATION_RECORDED,
                UUID.randomUUID().toString(),
                "{\"presentationId\":\"" + presentation + "\",\"dealerId\":\"" + dealer + "\",\"leadId\":\""
                        + UUID.randomUUID() + "\",\"consultantId\":\"a.sales\",\"model\":\"SEAL\",\"trim\":\"AWD\","
                        + "\"pointsCovered\":4,\"pointsReactedTo\":2,\"checkpoints\":["
                        + "{\"code\":\"BIGGEST_BENEFIT_FIRST\",\"met\":true},"
                        + "{\"code\":\"NO_COMPETITOR_RUN_DOWN\",\"met\":false}],"
                        + "\"presentedAt\":\"" + Instant.now() + "\"}");
        // the customer says: no drinks were offered, the biggest benefit came first
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                dealer, lead, UUID.randomUUID(), "a.sales", Instant.now().minusSeconds(86_400));
        SurveyTest.link(care, lead);
        // the template's yes/no questions name the checkpoint they check
        given().auth()
                .oauth2(manager)
                .get("/api/v1/survey-templates/SALES_SATISFACTION")
                .then()
                .statusCode(200)
                .body("questions.find { it.code == 'DRINKS_OFFERED' }.checkpoint", equalTo("DRINKS_OFFERED"));
        given().auth()
                .oauth2(TestTokens.as("gateway").roles(Roles.SERVICE).sign())
                .contentType("application/json")
                .body("{\"answers\":[{\"questionCode\":\"DRINKS_OFFERED\",\"yes\":false},"
                        + "{\"questionCode\":\"BIGGEST_BENEFIT_FIRST\",\"yes\":true},"
                        + "{\"questionCode\":\"RECOMMEND\",\"rating\":9}]}")
                .post("/api/v1/public/surveys/" + Fixtures.surveyToken(lead) + "/answers")
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(manager)
                                .get("/api/v1/satisfaction")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("compliance.met")
                        == 2);
        JsonPath check = given().auth()
                .oauth2(manager)
                .get("/api/v1/satisfaction/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // the biggest gap first: 100% declared, 0% said
        assertEquals("DRINKS_OFFERED", check.getString("rows[0].checkpoint"));
        assertEquals("a.sales", check.getString("rows[0].consultantId"));
        assertEquals(100.0f, check.getFloat("rows[0].declared.rate"));
        assertEquals(0.0f, check.getFloat("rows[0].customers.rate"));
        assertEquals(100.0f, check.getFloat("rows[0].gap"));
        String benefit = "rows.find { it.checkpoint == 'BIGGEST_BENEFIT_FIRST' }";
        assertEquals("PRESENTATION", check.getString(benefit + ".step"));
        assertEquals(0.0f, check.getFloat(benefit + ".gap"));
        // declared but not asked of any customer: no gap
        assertNull(check.get("rows.find { it.checkpoint == 'NO_COMPETITOR_RUN_DOWN' }.gap"));
        // the presentation's checkpoints count in the step's compliance
        given().auth()
                .oauth2(manager)
                .get("/api/v1/satisfaction")
                .then()
                .body("steps.find { it.step == 'PRESENTATION' }.compliance.met", equalTo(1))
                .body("steps.find { it.step == 'PRESENTATION' }.compliance.missed", equalTo(1));
        given().auth()
                .oauth2(TestTokens.of("a.sales", dealer, Roles.CONSULTANT))
                .get("/api/v1/satisfaction/checkpoints")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(manager)
                .get("/api/v1/satisfaction/checkpoints?from=someday")
                .then()
                .statusCode(400)
                .body(containsString("from"));
    }

    @Test
    void aCustomerWhoOptedOutGetsNoSurveyLink() throws Exception {
        String dealer = "dealer-out-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("ma.care", dealer, Roles.CUSTOMER_CARE);
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                dealer, lead, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(86_400));
        // a STOP reply or the opt-out link (MessagesTest) sets this
        Fixtures.execute(
                "update customer set opted_out_at = now(), opted_out_via = 'REPLY' where lead_id = '" + lead + "'");
        given().auth()
                .oauth2(care)
                .contentType("application/json")
                .body("{\"leadId\":\"" + lead + "\"}")
                .post("/api/v1/surveys/links")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(containsString("opted out"))
                .body("errors[0].rule", org.hamcrest.Matchers.equalTo("opted-out"));
    }
}
