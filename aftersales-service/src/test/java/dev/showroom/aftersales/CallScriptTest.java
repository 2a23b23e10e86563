package dev.showroom.aftersales;

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
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Call-backs with a script and a structured outcome: a problem becomes a complaint, referrals become leads. */
@QuarkusTest
class CallScriptTest {

    @Test
    void eachCallHasItsScriptAndAReachedCallOpensAComplaintAndTakesReferralsInOneStep() throws Exception {
        String dealer = "dealer-call-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("zhou.care", dealer, Roles.CUSTOMER_CARE);
        UUID lead = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Fixtures.deliver(dealer, lead, order, "li.wei", Instant.now().minusSeconds(3_600));
        JsonPath plan = given().auth()
                .oauth2(care)
                .get("/api/v1/follow-ups?leadId=" + lead + "&size=10")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // D+1 first impressions, D+3 and D+7 any problem, D+30 the first service
        assertEquals("FIRST_IMPRESSIONS", plan.getString("items[0].script.code"));
        assertEquals("ANY_PROBLEM", plan.getString("items[1].script.code"));
        assertEquals("ANY_PROBLEM", plan.getString("items[2].script.code"));
        assertEquals("FIRST_SERVICE", plan.getString("items[3].script.code"));
        assertEquals(3, plan.getList("items[0].script.questions").size());
        String first = plan.getString("items[0].id");

        // what a customer who did not answer said is refused, naming the field
        given().auth()
                .oauth2(care)
                .contentType(ContentType.JSON)
                .body("{\"reached\":false,\"problem\":{\"category\":\"PRODUCT\",\"severity\":\"LOW\","
                        + "\"description\":\"x\"}}")
                .post("/api/v1/follow-ups/" + first + "/calls")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("problem"))
                .body("errors[0].rule", equalTo("reached"));

        JsonPath call = given().auth()
                .oauth2(care)
                .contentType(ContentType.JSON)
                .body("{\"reached\":true,\"satisfied\":false,\"note\":\"likes the car, not the camera\","
                        + "\"problem\":{\"category\":\"PRODUCT\",\"severity\":\"MEDIUM\","
                        + "\"description\":\"The rear camera flickers at night\"},"
                        + "\"referrals\":[{\"name\":\"Wu Lei\",\"phone\":\"" + Fixtures.phone()
                        + "\",\"relation\":\"colleague\",\"consent\":true}]}")
                .post("/api/v1/follow-ups/" + first + "/calls")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("calls", hasSize(1))
                .body("calls[0].satisfied", equalTo(false))
                .body("calls[0].complaintId", notNullValue())
                .body("calls[0].referralsGiven", equalTo(1))
                .body("calls[0].referralsAsked", equalTo(true))
                .extract()
                .jsonPath();

        given().auth()
                .oauth2(care)
                .get("/api/v1/complaints/" + call.getString("calls[0].complaintId"))
                .then()
                .statusCode(200)
                .body("channel", equalTo("PHONE"))
                .body("category", equalTo("PRODUCT"))
                .body("leadId", equalTo(lead.toString()))
                .body("orderId", equalTo(order.toString()))
                .body("assigneeId", equalTo("zhou.care"))
                .body("customerName", equalTo("Chen Jie"));
        given().auth()
                .oauth2(care)
                .get("/api/v1/referrals?referrerLeadId=" + lead)
                .then()
                .statusCode(200)
                .body("referrals", hasSize(1))
                .body("referrals[0].name", equalTo("Wu Lei"));
        ConsumerRecord<String, String> referral =
                TestEvents.await(Topics.REFERRAL_RECEIVED, r -> lead.toString().equals(r.key()));
        EventContract.assertValid(referral);
    }
}
