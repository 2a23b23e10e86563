package dev.showroom.aftersales;

import static dev.showroom.aftersales.Fixtures.awaitCount;
import static dev.showroom.aftersales.Fixtures.string;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an erasure reaches beyond the customer's own rows. */
@QuarkusTest
class ErasureTest {

    static final String SHANGHAI = "dealer-sh-01";
    static final String CARE = TestTokens.of("zhou.care", SHANGHAI, Roles.CUSTOMER_CARE);

    @Test
    void aComplaintOpenedWithoutALeadIdByTheCustomersPhoneIsBlankedToo() throws Exception {
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                SHANGHAI, lead, UUID.randomUUID(), "li.wei", Instant.now().minusSeconds(3600));
        String phone = string("select phone from customer where lead_id = '" + lead + "'");
        String complaint = given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body(
                        "{\"customerName\":\"Chen Jie\",\"customerPhone\":\"" + phone + "\",\"channel\":\"PHONE\","
                                + "\"category\":\"DELIVERY\",\"severity\":\"LOW\",\"description\":\"Chen Jie, 3 Rd, the mats\"}")
                .post("/api/v1/complaints")
                .then()
                .statusCode(201)
                .body("leadId", nullValue())
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
                .get("/api/v1/complaints/" + complaint)
                .then()
                .statusCode(200)
                .body("customerName", nullValue())
                .body("customerPhone", nullValue())
                .body("description", equalTo("(erased)"))
                .body("category", equalTo("DELIVERY"));
    }
}
