package dev.showroom.aftersales;

import static dev.showroom.aftersales.Fixtures.awaitCount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Survey links and complaints by the wrong people (hardening item 3): a link goes to the customer, never
 * back to staff; staff do not answer surveys; consultants reach only their own customers' surveys,
 * complaints and referrals, and a missing local copy of the customer denies.
 */
@QuarkusTest
class OwnershipTest {

    static final String DEALER = "dealer-sh-01";
    static final String OWNER = TestTokens.of("li.wei", DEALER, Roles.CONSULTANT);
    static final String COLLEAGUE = TestTokens.of("wang.fang", DEALER, Roles.CONSULTANT);
    static final String CARE = TestTokens.of("zhou.care", DEALER, Roles.CUSTOMER_CARE);
    static final String GATEWAY = TestTokens.as("gateway").roles(Roles.SERVICE).sign();

    static ValidatableResponse post(String token, String path, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    static UUID deliveredCustomerOfLiWei() {
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                DEALER, lead, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(86_400));
        return lead;
    }

    static String complaint(UUID lead, String assignee) {
        return "{\"leadId\":" + (lead == null ? "null" : "\"" + lead + "\"")
                + ",\"channel\":\"PHONE\",\"category\":\"DELIVERY\",\"severity\":\"LOW\",\"description\":\"mats\""
                + (assignee == null ? "" : ",\"assigneeId\":\"" + assignee + "\"") + "}";
    }

    /** lead.created as lead-service sends it: ids only. */
    static String leadCreated(UUID lead, String consultant, Instant at) {
        return "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\",\"channel\":\"WALK_IN\","
                + "\"consultantId\":\"" + consultant + "\",\"createdAt\":\"" + at + "\"}";
    }

    /** lead.assigned as lead-service sends it. */
    static String leadAssigned(UUID lead, String consultant, String previous, Instant at) {
        return "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\",\"consultantId\":\"" + consultant
                + "\",\"previousConsultantId\":\"" + previous + "\",\"assignedAt\":\"" + at + "\"}";
    }

    static String survey(UUID lead) {
        return "{\"leadId\":\"" + lead + "\",\"purpose\":\"PERIODIC\"}";
    }

    /**
     * A prospect who has ordered nothing yet is their lead's consultant's customer: their surveys score that
     * consultant, and a reassignment moves them, whatever order the lead's topics arrive in. Before, after-sales
     * learnt a consultant from orders and defeats only, so such surveys scored nobody (the manager's dashboard left
     * them out) and the consultant could not reach their own prospect here.
     */
    @Test
    void aProspectsSurveysScoreTheLeadsConsultantAndFollowAReassignment() {
        UUID lead = UUID.randomUUID();
        Instant captured = Instant.now().minusSeconds(3_600);
        Fixtures.contact(DEALER, lead, "Zhao Min", Fixtures.phone());
        TestEvents.send(Topics.LEAD_CREATED, lead.toString(), leadCreated(lead, "li.wei", captured));
        awaitCount("select count(*) from customer where lead_id = '" + lead + "' and consultant_id = 'li.wei'", 1);

        post(COLLEAGUE, "/api/v1/surveys", survey(lead)).statusCode(404);
        post(OWNER, "/api/v1/surveys", survey(lead)).statusCode(201).body("consultantId", equalTo("li.wei"));

        // reassigned; then lead.created delivered again (older): the newer assignment stays
        TestEvents.send(
                Topics.LEAD_ASSIGNED,
                lead.toString(),
                leadAssigned(lead, "wang.fang", "li.wei", captured.plusSeconds(60)));
        awaitCount("select count(*) from customer where lead_id = '" + lead + "' and consultant_id = 'wang.fang'", 1);
        String again = TestEvents.send(Topics.LEAD_CREATED, lead.toString(), leadCreated(lead, "li.wei", captured));
        Fixtures.awaitApplied(again);

        post(OWNER, "/api/v1/surveys", survey(lead)).statusCode(404);
        post(COLLEAGUE, "/api/v1/surveys", survey(lead)).statusCode(201).body("consultantId", equalTo("wang.fang"));
    }

    @Test
    void aSurveyLinkIsSentToTheCustomerAndNeverShownToStaff() throws Exception {
        UUID lead = deliveredCustomerOfLiWei();
        String answer = post(CARE, "/api/v1/surveys/links", "{\"leadId\":\"" + lead + "\"}")
                .statusCode(201)
                .body("token", nullValue())
                .body("path", nullValue())
                .body("sentVia", equalTo("SMS"))
                .extract()
                .asString();
        String token = Fixtures.surveyToken(lead);
        assertNotNull(token, "the link was sent to the customer");
        assertFalse(answer.contains(token), "the staff answer holds the token: " + answer);
        // the message points to the customer page, not to the JSON API
        assertEquals("http://localhost:8080/survey/" + token, Fixtures.surveyUrl(lead));
        // it is a SURVEY_LINK message in the customer's history, whose token staff never see
        String history = given().auth()
                .oauth2(CARE)
                .get("/api/v1/messages?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("SURVEY_LINK"))
                .body("items[0].body", containsString("http://localhost:8080/survey/…"))
                .extract()
                .asString();
        assertFalse(history.contains(token), "the history shown to staff holds the token: " + history);
        // the survey records that its link was sent, and only the public path answers it
        String survey = given().auth()
                .oauth2(CARE)
                .get("/api/v1/surveys?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("items[0].linkSentVia", equalTo("SMS"))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(GATEWAY)
                .get("/api/v1/public/surveys/" + token)
                .then()
                .statusCode(200);
        post(GATEWAY, "/api/v1/public/surveys/" + token + "/answers", SurveyTest.answers(5, 5, 10))
                .statusCode(200);
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/surveys/" + survey)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("channel", equalTo("LINK"));
    }

    @Test
    void noStaffMemberAnswersASurvey() {
        UUID lead = deliveredCustomerOfLiWei();
        String survey = given().auth()
                .oauth2(CARE)
                .get("/api/v1/surveys?status=PENDING&leadId=" + lead)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        for (String token : new String[] {OWNER, CARE, TestTokens.of("gao.boss", DEALER, Roles.MANAGER)}) {
            post(token, "/api/v1/surveys/" + survey + "/answers", SurveyTest.answers(5, 5, 10))
                    .statusCode(anyOf(is(404), is(405)));
        }
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/surveys/" + survey)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
    }

    @Test
    void aConsultantSurveysOnlyTheirOwnCustomers() {
        UUID lead = deliveredCustomerOfLiWei();
        post(COLLEAGUE, "/api/v1/surveys/links", "{\"leadId\":\"" + lead + "\"}")
                .statusCode(404)
                .contentType("application/problem+json");
        post(COLLEAGUE, "/api/v1/surveys", "{\"leadId\":\"" + lead + "\",\"purpose\":\"PERIODIC\"}")
                .statusCode(404);
        // no local copy of the customer: nobody's own
        UUID unknown = UUID.randomUUID();
        post(COLLEAGUE, "/api/v1/surveys", "{\"leadId\":\"" + unknown + "\"}").statusCode(404);
        post(OWNER, "/api/v1/surveys/links", "{\"leadId\":\"" + lead + "\"}").statusCode(201);
    }

    @Test
    void aTestDriveDoesNotMakeItsConsultantTheCustomersOwner() {
        UUID lead = UUID.randomUUID();
        TestEvents.send(
                Topics.TESTDRIVE_COMPLETED,
                lead.toString(),
                "{\"testDriveId\":\"" + UUID.randomUUID()
                        + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\"" + lead
                        + "\",\"consultantId\":\"wang.fang\","
                        + "\"model\":\"Aurora EV\",\"odometerStart\":10,\"odometerEnd\":20,\"feedback\":null,\"completedAt\":\""
                        + Instant.now() + "\"}");
        awaitCount(
                "select count(*) from customer where last_test_drive_at is not null and lead_id = '" + lead + "'", 1);
        post(COLLEAGUE, "/api/v1/surveys", "{\"leadId\":\"" + lead + "\"}").statusCode(404);
        post(COLLEAGUE, "/api/v1/complaints", complaint(lead, null)).statusCode(404);
    }

    @Test
    void aConsultantOpensAndSeesComplaintsOnlyOfTheirOwnCustomers() {
        UUID lead = deliveredCustomerOfLiWei();
        String refused = post(COLLEAGUE, "/api/v1/complaints", complaint(lead, null))
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .asString();
        assertFalse(refused.contains("Chen Jie") || refused.contains("+86"), refused);
        post(COLLEAGUE, "/api/v1/complaints", complaint(UUID.randomUUID(), null))
                .statusCode(404);
        post(OWNER, "/api/v1/complaints", complaint(lead, null))
                .statusCode(201)
                .body("customerName", equalTo("Chen Jie"))
                .body("customerPhone", startsWith("+86"));
        // customer care gives a complaint about li.wei's customer to wang.fang: the customer stays li.wei's
        String id = post(CARE, "/api/v1/complaints", complaint(lead, "wang.fang"))
                .statusCode(201)
                .extract()
                .path("id");
        given().auth().oauth2(COLLEAGUE).get("/api/v1/complaints/" + id).then().statusCode(404);
        post(COLLEAGUE, "/api/v1/complaints/" + id + "/acknowledge", "{}").statusCode(404);
        given().auth()
                .oauth2(COLLEAGUE)
                .get("/api/v1/complaints?size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        // a complaint without a customer (name and phone typed in by the consultant) is theirs to see
        post(
                        COLLEAGUE,
                        "/api/v1/complaints",
                        "{\"customerName\":\"Walk In\",\"customerPhone\":\"+8613900000000\","
                                + "\"channel\":\"SHOWROOM\",\"category\":\"OTHER\",\"severity\":\"LOW\",\"description\":\"noise\"}")
                .statusCode(201)
                .body("assigneeId", equalTo("wang.fang"));
    }

    @Test
    void aConsultantRecordsAndSeesReferralsOnlyOfTheirOwnCustomers() {
        UUID lead = deliveredCustomerOfLiWei();
        String body = "{\"referrerLeadId\":\"" + lead + "\",\"referrals\":[{\"name\":\"Wang Lei\",\"phone\":\""
                + Fixtures.phone() + "\",\"consent\":true}]}";
        post(COLLEAGUE, "/api/v1/referrals", body).statusCode(404).contentType("application/problem+json");
        given().auth()
                .oauth2(COLLEAGUE)
                .get("/api/v1/referrals?referrerLeadId=" + lead)
                .then()
                .statusCode(404);
        post(OWNER, "/api/v1/referrals", body).statusCode(201);
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/referrals?referrerLeadId=" + lead)
                .then()
                .statusCode(200);
    }
}
