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
        return "{\"defeatId\":\"" + defeat + "\",\"leadId\":\"" + lead + "\",\"dealerId\":\"" + SHANGHAI
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
}
