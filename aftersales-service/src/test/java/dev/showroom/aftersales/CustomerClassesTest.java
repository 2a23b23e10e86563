package dev.showroom.aftersales;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Customer value and loyalty classes from real events and requests (docs/process.md, step 10). */
@QuarkusTest
class CustomerClassesTest {

    static void sign(String dealer, UUID lead, UUID order, String consultant, String total) {
        TestEvents.send(
                Topics.ORDER_SIGNED,
                lead.toString(),
                "{\"orderId\":\"" + order + "\",\"orderNumber\":\"SO-"
                        + order.toString().substring(0, 8)
                        + "\",\"dealerId\":\"" + dealer + "\",\"leadId\":\"" + lead + "\",\"consultantId\":\""
                        + consultant + "\",\"model\":\"Aurora EV\",\"trim\":\"Long Range\",\"total\":\"" + total
                        + "\",\"currency\":\"CNY\",\"depositState\":\"PAID\",\"signedAt\":\""
                        + Instant.now().minusSeconds(7 * 86_400) + "\"}");
    }

    static String classOf(String token, UUID lead, String field) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/customer-classes?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.leadId == '" + lead + "' }." + field);
    }

    @Test
    void aRepeatBuyerIsHighAndLoyalUntilAComplaintPutsThemAtRiskAndCareListsThem() {
        String dealer = "dealer-cls-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("ma.care", dealer, Roles.CUSTOMER_CARE);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        UUID repeat = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        sign(dealer, repeat, first, "li.wei", "120000");
        Fixtures.deliver(dealer, repeat, first, "li.wei", Instant.now().minusSeconds(400 * 86_400L));
        sign(dealer, repeat, second, "li.wei", "90000");
        Fixtures.deliver(dealer, repeat, second, "li.wei", Instant.now().minusSeconds(86_400));
        UUID onceOrder = UUID.randomUUID();
        sign(dealer, once, onceOrder, "wang.fang", "180000");
        Fixtures.deliver(dealer, once, onceOrder, "wang.fang", Instant.now().minusSeconds(86_400));

        await().atMost(Duration.ofSeconds(30)).until(() -> "LOYAL".equals(classOf(care, repeat, "loyalty")));
        await().atMost(Duration.ofSeconds(30)).until(() -> "MEDIUM".equals(classOf(care, once, "value")));
        given().auth()
                .oauth2(care)
                .get("/api/v1/customer-classes?size=100")
                .then()
                .body("items.find { it.leadId == '" + repeat + "' }.value", equalTo("HIGH"))
                .body("items.find { it.leadId == '" + repeat + "' }.reasons", hasItems("REPEAT_BUYER"))
                .body("items.find { it.leadId == '" + once + "' }.loyalty", equalTo("POTENTIALLY_LOYAL"))
                .body("items.find { it.leadId == '" + once + "' }.customerName", equalTo("Chen Jie"));

        // a complaint puts the loyal customer at risk: care's list of calls to make names them
        given().auth()
                .oauth2(care)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + repeat + "\",\"channel\":\"PHONE\",\"category\":\"PRODUCT\","
                        + "\"severity\":\"MEDIUM\",\"description\":\"The second car's infotainment freezes\"}")
                .post("/api/v1/complaints")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(care)
                .get("/api/v1/customer-classes?loyalty=AT_RISK")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].leadId", equalTo(repeat.toString()))
                .body("items[0].reasons", hasItems("REPEAT_BUYER", "OPEN_COMPLAINT"));
        given().auth()
                .oauth2(manager)
                .get("/api/v1/customer-classes/summary")
                .then()
                .statusCode(200)
                .body("customers", equalTo(2))
                .body("cells.find { it.value == 'HIGH' && it.loyalty == 'AT_RISK' }.customers", equalTo(1))
                .body("cells.find { it.value == 'MEDIUM' && it.loyalty == 'POTENTIALLY_LOYAL' }.customers", equalTo(1))
                .body("cells.size()", equalTo(9));

        // a consultant sees only their own customers; bad filters are named
        given().auth()
                .oauth2(TestTokens.of("wang.fang", dealer, Roles.CONSULTANT))
                .get("/api/v1/customer-classes")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].leadId", equalTo(once.toString()));
        given().auth()
                .oauth2(care)
                .get("/api/v1/customer-classes?loyalty=GRUMPY")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("loyalty"));
        given().auth()
                .oauth2(TestTokens.of("wang.fang", dealer, Roles.CONSULTANT))
                .get("/api/v1/customer-classes/summary")
                .then()
                .statusCode(403);
    }
}
