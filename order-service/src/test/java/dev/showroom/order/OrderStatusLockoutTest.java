package dev.showroom.order;

import static dev.showroom.order.Fixtures.GATEWAY;
import static dev.showroom.order.Fixtures.MANAGER;
import static dev.showroom.order.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Where is my car" cannot be brute-forced: the last four digits have 10,000 values, so wrong answers are
 * counted per order number in the database (every replica counts the same) and the number is locked.
 */
@QuarkusTest
class OrderStatusLockoutTest {

    static final int MAX_FAILURES = 5;

    @Test
    void fiveWrongAnswersLockTheOrderNumberEvenForTheRightDigits() throws Exception {
        String phone = Fixtures.phone();
        UUID lead = Fixtures.lead("Wang Fang", phone, "li.wei");
        await().atMost(Duration.ofSeconds(20)).until(() -> phone.equals(OrderLifecycleTest.customerPhone(lead)));
        String id = OrderLifecycleTest.order(Fixtures.model(), lead);
        String number = as(MANAGER)
                .get("/api/v1/orders/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("orderNumber");
        String last4 = phone.substring(phone.length() - 4);
        String wrong = last4.equals("0000") ? "1111" : "0000";

        ask(number, last4).then().statusCode(200);
        // a right answer clears the count: four wrong, one right, four wrong are no lock
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < MAX_FAILURES - 1; i++) {
                ask(number, wrong).then().statusCode(404);
            }
            ask(number, last4).then().statusCode(200);
        }
        for (int i = 0; i < MAX_FAILURES; i++) {
            ask(number, wrong).then().statusCode(404);
        }
        ask(number, last4)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        ask(" " + number + " ", last4).then().statusCode(429);
    }

    @Test
    void anUnknownNumberIsCountedAlikeSoALockRevealsNothing() {
        String unknown = "DEALER-SH-01-2026-" + (100000 + new java.util.Random().nextInt(899999));
        for (int i = 0; i < MAX_FAILURES; i++) {
            ask(unknown, "1234").then().statusCode(404);
        }
        ask(unknown, "1234").then().statusCode(429);
        // another number is not affected
        ask(unknown + "1", "1234").then().statusCode(404);
    }

    static io.restassured.response.Response ask(String number, String last4) {
        return as(GATEWAY)
                .body(Map.of("orderNumber", number, "phoneLast4", last4))
                .post("/api/v1/public/order-status");
    }
}
