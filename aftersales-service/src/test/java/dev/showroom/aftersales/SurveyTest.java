package dev.showroom.aftersales;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.showroom.aftersales.survey.PeriodicSurveys;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyTest {

    static final String DEALER = "dealer-sh-01";
    static final String CARE = TestTokens.of("zhou.care", DEALER, Roles.CUSTOMER_CARE);
    static final String GATEWAY = TestTokens.as("gateway").roles(Roles.SERVICE).sign();
    static final String[] RATED = {
        "RECEPTION_RATING",
        "NEEDS_RATING",
        "PRESENTATION_RATING",
        "TEST_DRIVE_RATING",
        "NEGOTIATION_RATING",
        "DELIVERY_RATING"
    };

    @Inject
    PeriodicSurveys periodic;

    /** The six ratings (test drive may differ), the recommend score and the yes/no and text answers. */
    static String answers(int rating, int testDrive, int recommend) {
        List<String> items = new ArrayList<>();
        for (String code : RATED) {
            items.add("{\"questionCode\":\"" + code + "\",\"rating\":"
                    + (code.equals("TEST_DRIVE_RATING") ? testDrive : rating) + "}");
        }
        items.add("{\"questionCode\":\"RECOMMEND\",\"rating\":" + recommend + "}");
        items.add("{\"questionCode\":\"DRINKS_OFFERED\",\"yes\":true}");
        items.add("{\"questionCode\":\"COMMENTS\",\"text\":\"Great handover\"}");
        return "{\"answers\":[" + String.join(",", items) + "]}";
    }

    /** Sends the customer a survey link and reads its token from the customer's messages (staff never see it). */
    static String link(String token, UUID lead) throws Exception {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + lead + "\"}")
                .post("/api/v1/surveys/links")
                .then()
                .statusCode(201)
                .body("sentVia", equalTo("SMS"));
        return Fixtures.surveyToken(lead);
    }

    /** Sends the link of a survey to its customer and answers it as the customer. */
    static void answerByLink(String staffToken, String survey, UUID lead, String answers) throws Exception {
        given().auth()
                .oauth2(staffToken)
                .post("/api/v1/surveys/" + survey + "/link")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(answers)
                .post("/api/v1/public/surveys/" + Fixtures.surveyToken(lead) + "/answers")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void aLinkIsAnsweredOnceByTheCustomerAndAnnouncedAsSurveyCompleted() throws Exception {
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                DEALER, lead, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(86_400));
        String token = link(CARE, lead);

        given().auth()
                .oauth2(GATEWAY)
                .get("/api/v1/public/surveys/" + token)
                .then()
                .statusCode(200)
                .body("templateCode", equalTo("SALES_SATISFACTION"))
                .body("questions", hasSize(19))
                .body("questions.step", hasItem("TEST_DRIVE"))
                .body(not(containsString("Chen Jie")));
        // bad answers are refused, naming the field and rule, and leave the link usable
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body("{\"answers\":[{\"questionCode\":\"RECEPTION_RATING\",\"rating\":6}]}")
                .post("/api/v1/public/surveys/" + token + "/answers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers[0].rating"))
                .body("errors[0].rule", equalTo("range"));
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body("{\"answers\":[{\"questionCode\":\"RECOMMEND\",\"rating\":11}]}")
                .post("/api/v1/public/surveys/" + token + "/answers")
                .then()
                .statusCode(400)
                .body("errors[0].rule", equalTo("range"));
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body("{\"answers\":[{\"questionCode\":\"FAVOURITE_COLOUR\",\"text\":\"red\"}]}")
                .post("/api/v1/public/surveys/" + token + "/answers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers[0].questionCode"))
                .body("errors[0].rule", equalTo("knownQuestion"));

        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(answers(5, 4, 9))
                .post("/api/v1/public/surveys/" + token + "/answers")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(answers(1, 1, 0))
                .post("/api/v1/public/surveys/" + token + "/answers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(GATEWAY)
                .get("/api/v1/public/surveys/" + token)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(GATEWAY)
                .get("/api/v1/public/surveys/not-a-real-token")
                .then()
                .statusCode(404);

        ConsumerRecord<String, String> event =
                TestEvents.await(Topics.SURVEY_COMPLETED, r -> lead.toString().equals(r.key()));
        EventContract.assertValid(event);
        JsonPath payload = JsonPath.from(event.value());
        assertEquals("LINK", payload.getString("channel"));
        assertEquals(95.8f, payload.getFloat("csi")); // ratings 5,5,5,4,5,5: mean 4.833 → 95.8
        assertEquals(9, payload.getInt("recommendScore"));
        assertEquals(4.0f, payload.getFloat("stepScores.TEST_DRIVE"));
        assertEquals("li.wei", payload.getString("consultantId"));

        given().auth()
                .oauth2(CARE)
                .get("/api/v1/surveys?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("COMPLETED"))
                .body("items[0].channel", equalTo("LINK"))
                .body("items[0].answers", hasSize(9));
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                DEALER, lead, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(86_400));
        String token = link(CARE, lead);
        try {
            MovableClock.advance(Duration.ofDays(15));
            given().auth()
                    .oauth2(GATEWAY)
                    .get("/api/v1/public/surveys/" + token)
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(GATEWAY)
                    .contentType(ContentType.JSON)
                    .body(answers(5, 5, 10))
                    .post("/api/v1/public/surveys/" + token + "/answers")
                    .then()
                    .statusCode(410);
        } finally {
            MovableClock.reset();
        }
        // staff may not use the public endpoint, and the link opens nothing else
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/public/surveys/" + token)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(GATEWAY)
                .get("/api/v1/surveys?leadId=" + lead)
                .then()
                .statusCode(403);
    }

    @Test
    void csiNpsAndCheckpointComplianceOnAKnownDataSet() throws Exception {
        String dealer = "dealer-csi-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("ma.care", dealer, Roles.CUSTOMER_CARE);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        // consultant a sold two cars, b one
        String[][] data = {{"a.sales", "5", "5", "10"}, {"a.sales", "3", "3", "9"}, {"b.sales", "1", "2", "2"}};
        for (String[] row : data) {
            UUID lead = UUID.randomUUID();
            Fixtures.deliver(
                    dealer, lead, UUID.randomUUID(), row[0], Instant.now().minusSeconds(2 * 86_400));
            String survey = given().auth()
                    .oauth2(care)
                    .get("/api/v1/surveys?status=PENDING&leadId=" + lead)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .extract()
                    .path("items[0].id");
            answerByLink(
                    care,
                    survey,
                    lead,
                    answers(Integer.parseInt(row[1]), Integer.parseInt(row[2]), Integer.parseInt(row[3])));
        }
        // checkpoints: a met 3 of 5, b met 1 of 1; drinks were never offered
        visit(
                dealer,
                "a.sales",
                "{\"code\":\"GREETED_AT_ONCE\",\"met\":true},{\"code\":\"DRINKS_OFFERED\",\"met\":false},"
                        + "{\"code\":\"SELF_INTRODUCTION\",\"met\":true}");
        visit(dealer, "a.sales", "{\"code\":\"DRINKS_OFFERED\",\"met\":false},{\"code\":\"NOT_PRESSED\",\"met\":true}");
        visit(dealer, "b.sales", "{\"code\":\"ANSWERED_IN_TIME\",\"met\":true}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(manager)
                                .get("/api/v1/satisfaction")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("compliance.met")
                        == 4);

        JsonPath s = given().auth()
                .oauth2(manager)
                .get("/api/v1/satisfaction")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // 18 ratings summing to 55: mean 3.056 → CSI (3.056 - 1) / 4 * 100 = 51.4
        assertEquals(3, s.getInt("overall.surveys"));
        assertEquals(18, s.getInt("overall.ratings"));
        assertEquals(51.4f, s.getFloat("overall.csi"));
        // recommend 10, 9, 2: two promoters, one detractor of three → 33.3
        assertEquals(33.3f, s.getFloat("overall.nps"));
        assertEquals(2, s.getInt("overall.promoters"));
        assertEquals(1, s.getInt("overall.detractors"));
        assertEquals(66.7f, s.getFloat("compliance.rate"));

        assertEquals(75.0f, s.getFloat("consultants.find { it.consultantId == 'a.sales' }.score.csi"));
        assertEquals(100.0f, s.getFloat("consultants.find { it.consultantId == 'a.sales' }.score.nps"));
        assertEquals(60.0f, s.getFloat("consultants.find { it.consultantId == 'a.sales' }.compliance.rate"));
        assertEquals(4.2f, s.getFloat("consultants.find { it.consultantId == 'b.sales' }.score.csi"));
        assertEquals(-100.0f, s.getFloat("consultants.find { it.consultantId == 'b.sales' }.score.nps"));
        assertEquals(100.0f, s.getFloat("consultants.find { it.consultantId == 'b.sales' }.compliance.rate"));

        // per step: reception ratings 5, 3, 1 → 50.0 and its checkpoints 4 of 6; test drive 5, 3, 2 → 58.3
        assertEquals(50.0f, s.getFloat("steps.find { it.step == 'RECEPTION' }.score.csi"));
        assertEquals(66.7f, s.getFloat("steps.find { it.step == 'RECEPTION' }.compliance.rate"));
        assertEquals(58.3f, s.getFloat("steps.find { it.step == 'TEST_DRIVE' }.score.csi"));
        assertEquals(33.3f, s.getFloat("steps.find { it.step == 'DELIVERY' }.score.nps"));
        assertEquals(0.0f, s.getFloat("checkpoints.find { it.checkpoint == 'DRINKS_OFFERED' }.compliance.rate"));
        assertEquals(6, s.getList("steps").size());

        // hq: the same figures across dealers, without personal data or consultants
        String hq = TestTokens.of("hq.analyst", "hq", Roles.HQ);
        String body = given().auth()
                .oauth2(hq)
                .get("/api/v1/satisfaction/dealers")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath all = JsonPath.from(body);
        assertEquals(51.4f, all.getFloat("dealers.find { it.dealerId == '" + dealer + "' }.overall.csi"));
        assertEquals(33.3f, all.getFloat("dealers.find { it.dealerId == '" + dealer + "' }.overall.nps"));
        assertEquals(66.7f, all.getFloat("dealers.find { it.dealerId == '" + dealer + "' }.compliance.rate"));
        assertFalse(body.contains("Chen Jie") || body.contains("a.sales") || body.contains("+86"), body);
        given().auth().oauth2(hq).get("/api/v1/satisfaction").then().statusCode(403);
        given().auth()
                .oauth2(TestTokens.of("a.sales", dealer, Roles.CONSULTANT))
                .get("/api/v1/satisfaction/dealers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(manager)
                .get("/api/v1/satisfaction?from=2026-05-01&to=2026-04-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void existingCustomersGetAPeriodicSurveyAndACallToAskIt() {
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                DEALER, lead, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(86_400));
        try {
            MovableClock.advance(Duration.ofDays(100));
            periodic.scheduleDue();
            periodic.scheduleDue(); // a second run the same day adds nothing
        } finally {
            MovableClock.reset();
        }
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/surveys?purpose=PERIODIC&leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].templateCode", equalTo("PERIODIC_CHECK"))
                .body("items[0].status", equalTo("PENDING"));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/follow-ups?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("items.find { it.purpose == 'PERIODIC_SURVEY' }.surveyId", notNullValue());
    }

    @Test
    void managersWriteNewTemplateVersionsAndOldSurveysKeepTheirs() {
        String dealer = "dealer-tpl-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        given().auth()
                .oauth2(manager)
                .get("/api/v1/survey-templates")
                .then()
                .statusCode(200)
                // the lost customer's survey is a default too (issue 19: the LOST_CUSTOMER purpose had no template)
                .body("items.code", equalTo(List.of("LOST_CUSTOMER", "PERIODIC_CHECK", "SALES_SATISFACTION")))
                .body("items.version", equalTo(List.of(1, 1, 1)))
                .body("total", equalTo(3));
        // paged like every list (issue 15 item 6)
        given().auth()
                .oauth2(manager)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/survey-templates")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("PERIODIC_CHECK")))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", equalTo(3));
        given().auth()
                .oauth2(manager)
                .queryParam("size", 101)
                .get("/api/v1/survey-templates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"code\":\"SALES_SATISFACTION\",\"title\":\"Shorter\",\"questions\":[{\"code\":\"OVERALL\","
                        + "\"kind\":\"RATING_1_5\",\"step\":\"DELIVERY\",\"text\":\"Overall?\"}]}")
                .post("/api/v1/survey-templates")
                .then()
                .statusCode(201)
                .body("version", equalTo(2));
        given().auth()
                .oauth2(manager)
                .get("/api/v1/survey-templates/SALES_SATISFACTION?version=1")
                .then()
                .statusCode(200)
                .body("questions", hasSize(19));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"code\":\"X\",\"title\":\"t\",\"questions\":[{\"code\":\"Q\",\"kind\":\"STARS\","
                        + "\"step\":\"DELIVERY\",\"text\":\"?\"}]}")
                .post("/api/v1/survey-templates")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.of("zhou.care", dealer, Roles.CUSTOMER_CARE))
                .contentType(ContentType.JSON)
                .body("{\"code\":\"X\",\"title\":\"t\",\"questions\":[{\"code\":\"Q\",\"kind\":\"TEXT\","
                        + "\"step\":\"DELIVERY\",\"text\":\"?\"}]}")
                .post("/api/v1/survey-templates")
                .then()
                .statusCode(403);
    }

    static void visit(String dealer, String consultant, String checkpoints) {
        UUID visit = UUID.randomUUID();
        TestEvents.send(
                Topics.VISIT_RECORDED,
                visit.toString(),
                "{\"visitId\":\"" + visit + "\",\"dealerId\":\"" + dealer
                        + "\",\"leadId\":\"" + UUID.randomUUID() + "\",\"kind\":\"WALK_IN\",\"consultantId\":\""
                        + consultant
                        + "\",\"occurredAt\":\"" + Instant.now() + "\",\"checkpoints\":[" + checkpoints + "]}");
    }
}
