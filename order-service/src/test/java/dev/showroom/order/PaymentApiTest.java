package dev.showroom.order;

import static dev.showroom.order.Fixtures.MANAGER;
import static dev.showroom.order.Fixtures.OTHER_MANAGER;
import static dev.showroom.order.Fixtures.as;
import static dev.showroom.order.OrderLifecycleTest.LI;
import static dev.showroom.order.OrderLifecycleTest.STEPS;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Payment before the keys (docs/process.md, step 9) against the real database and broker: partial payments with
 * receipt numbers, the loan, the PDI and the handover refused while the balance is owed, the manager's release,
 * the events, and the receivables report with its roles and tenancy.
 */
@QuarkusTest
class PaymentApiTest {

    /** Statistics are on in tests (application.properties): the statements a request prepares are counted. */
    @Inject
    SessionFactory sessions;

    /** An order of li.wei's, allocated, with the deposit of 20000.00 paid: 183000.00 of 203000.00 owed. */
    static String allocatedOrder() {
        String model = Fixtures.model();
        Fixtures.addCar(model, "LUX", "PEARL", List.of());
        String id = OrderLifecycleTest.order(model, UUID.randomUUID());
        STEPS.get("sign").apply(id).then().statusCode(200);
        STEPS.get("deposit").apply(id).then().statusCode(200);
        STEPS.get("allocate").apply(id).then().statusCode(200).body("status", equalTo("ALLOCATED"));
        return id;
    }

    static ExtractableResponse<Response> pay(String id, String amount, String method) {
        return as(LI).body(Map.of("amount", amount, "method", method))
                .post("/api/v1/orders/" + id + "/payments")
                .then()
                .extract();
    }

    @Test
    void partialPaymentsThenALoanPayTheCarAndOnlyThenThePdiAndTheHandoverGoAhead() {
        String id = allocatedOrder();
        as(LI).get("/api/v1/orders/" + id)
                .then()
                .body("payment.plan", equalTo("CASH"))
                .body("payment.price", equalTo("203000.00"))
                .body("payment.depositPaid", equalTo("20000.00"))
                .body("payment.depositReceiptNumber", matchesPattern("R-DEALER-SH-01-\\d{4}-\\d{6}"))
                .body("payment.balanceOwed", equalTo("183000.00"))
                .body("payment.cleared", equalTo(false));
        ConsumerRecord<String, String> deposit = TestEvents.await(
                "order.payment-received",
                r -> r.value().contains(id) && r.value().contains("\"DEPOSIT\""));
        EventContract.assertValid(deposit);
        assertEquals("183000.00", new JsonPath(deposit.value()).getString("balanceOwed"));

        // refused while owed: 422 naming the rule, nothing recorded
        STEPS.get("pdi")
                .apply(id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("balanceOwed"))
                .body("errors[0].rule", equalTo("paidInFull"))
                .body("detail", org.hamcrest.Matchers.containsString("183000.00"));
        as(MANAGER).get("/api/v1/orders/" + id).then().body("pdi", org.hamcrest.Matchers.nullValue());

        // a partial payment: 201, Location, its receipt number, the balance after it
        ExtractableResponse<Response> first = pay(id, "33000.00", "CARD");
        assertEquals(201, first.statusCode());
        String receipt = first.path("receiptNumber");
        assertTrue(receipt.matches("R-DEALER-SH-01-\\d{4}-\\d{6}"), receipt);
        assertEquals("150000.00", first.path("balanceOwed"));
        assertEquals(false, first.path("paidInFull"));
        String location = first.header("Location");
        as(LI).get(location).then().statusCode(200).body("receiptNumber", equalTo(receipt));
        as(LI).get("/api/v1/orders/" + id + "/payments/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        ConsumerRecord<String, String> paid =
                TestEvents.await("order.payment-received", r -> r.value().contains(receipt));
        EventContract.assertValid(paid);
        JsonPath payment = new JsonPath(paid.value());
        assertEquals("PAYMENT", payment.getString("kind"));
        assertEquals("CARD", payment.getString("method"));
        assertEquals("33000.00", payment.getString("amount"));
        assertEquals("150000.00", payment.getString("balanceOwed"));

        // above what is owed: 422 naming amount
        ExtractableResponse<Response> tooMuch = pay(id, "150000.01", "CASH");
        assertEquals(422, tooMuch.statusCode());
        assertEquals("amount", tooMuch.path("errors[0].field"));
        assertEquals("notAboveBalance", tooMuch.path("errors[0].rule"));

        // the loan: applied, approved, disbursed (a payment of the approved amount)
        loan(id, Map.of("status", "APPLIED", "lender", "Bank of Showroom", "amount", "120000.00", "reference", "A-1"))
                .then()
                .statusCode(200)
                .body("payment.plan", equalTo("LOAN"))
                .body("payment.loan.status", equalTo("APPLIED"));
        loan(id, Map.of("status", "DISBURSED")).then().statusCode(409);
        loan(id, Map.of("status", "APPROVED", "amount", "110000.00"))
                .then()
                .statusCode(200)
                .body("payment.loan.amount", equalTo("110000.00"));
        ConsumerRecord<String, String> approved = TestEvents.await(
                "order.loan-status-changed",
                r -> r.value().contains(id) && r.value().contains("\"APPROVED\""));
        EventContract.assertValid(approved);
        assertEquals("APPLIED", new JsonPath(approved.value()).getString("previousStatus"));
        STEPS.get("pdi").apply(id).then().statusCode(422);
        loan(id, Map.of("status", "DISBURSED"))
                .then()
                .statusCode(200)
                .body("payment.loan.status", equalTo("DISBURSED"))
                .body("payment.payments.method", hasItem("LOAN"))
                .body("payment.balanceOwed", equalTo("40000.00"));
        ConsumerRecord<String, String> disbursed = TestEvents.await(
                "order.payment-received",
                r -> r.value().contains(id) && r.value().contains("\"LOAN\""));
        EventContract.assertValid(disbursed);

        // the customer's own part, then the gate opens
        assertEquals(201, pay(id, "40000.00", "BANK_TRANSFER").statusCode());
        as(LI).get("/api/v1/orders/" + id)
                .then()
                .body("payment.paidInFull", equalTo(true))
                .body("payment.cleared", equalTo(true))
                .body("payment.payments.size()", equalTo(3));
        assertEquals(409, pay(id, "1.00", "CASH").statusCode(), "nothing is owed any more");
        STEPS.get("pdi").apply(id).then().statusCode(200).body("status", equalTo("PDI_PASSED"));
        STEPS.get("deliver").apply(id).then().statusCode(200).body("status", equalTo("DELIVERED"));

        // the invoice's number, once
        as(LI).body(Map.of("invoiceNumber", "INV-0001"))
                .post("/api/v1/orders/" + id + "/invoice")
                .then()
                .statusCode(200)
                .body("payment.invoice.number", equalTo("INV-0001"));
        as(LI).body(Map.of("invoiceNumber", "INV-0002"))
                .post("/api/v1/orders/" + id + "/invoice")
                .then()
                .statusCode(409);
        as(MANAGER).get("/api/v1/orders/receivables").then().statusCode(200).body("items.orderId", not(hasItem(id)));
    }

    @Test
    void aManagerMayReleaseAnUnpaidCarWithAReasonWhichIsRecordedAnnouncedAndTheBalanceStaysOwed() {
        String id = allocatedOrder();
        as(LI).body(Map.of("reason", "trusted customer"))
                .post("/api/v1/orders/" + id + "/release")
                .then()
                .statusCode(403);
        as(MANAGER)
                .body(Map.of("reason", ""))
                .post("/api/v1/orders/" + id + "/release")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(MANAGER)
                .body(Map.of("reason", "loan approved; the bank pays after the registration"))
                .post("/api/v1/orders/" + id + "/release")
                .then()
                .statusCode(200)
                .body("payment.release.releasedBy", equalTo("zhang.manager"))
                .body("payment.release.owedAtRelease", equalTo("183000.00"))
                .body("payment.release.reason", equalTo("loan approved; the bank pays after the registration"))
                .body("payment.cleared", equalTo(true));
        ConsumerRecord<String, String> released =
                TestEvents.await("order.released-unpaid", r -> r.value().contains(id));
        EventContract.assertValid(released);
        assertFalse(released.value().contains("registration"), "the reason stays on the order");
        as(MANAGER)
                .body(Map.of("reason", "again"))
                .post("/api/v1/orders/" + id + "/release")
                .then()
                .statusCode(409);

        STEPS.get("pdi").apply(id).then().statusCode(200);
        STEPS.get("deliver").apply(id).then().statusCode(200).body("status", equalTo("DELIVERED"));

        // still owed after the handover: on the manager's receivables, not for a consultant nor another dealer
        JsonPath report = as(MANAGER)
                .get("/api/v1/orders/receivables")
                .then()
                .statusCode(200)
                .body("currency", notNullValue())
                .body("buckets.size()", equalTo(4))
                .extract()
                .jsonPath();
        Map<String, Object> item = report.getMap("items.find { it.orderId == '" + id + "' }");
        assertEquals("183000.00", item.get("owed"));
        assertEquals("DELIVERED", item.get("status"));
        assertEquals(true, item.get("released"));
        assertEquals("DAYS_0_30", item.get("bucket"));
        assertEquals(0, item.get("ageDays"));
        assertNotEquals("0.00", report.getString("owedOnReleasedCars"));
        as(LI).get("/api/v1/orders/receivables").then().statusCode(403);
        as(OTHER_MANAGER)
                .get("/api/v1/orders/receivables")
                .then()
                .statusCode(200)
                .body("items.orderId", not(hasItem(id)));
        as(OTHER_MANAGER)
                .body(Map.of("amount", "1.00", "method", "CASH"))
                .post("/api/v1/orders/" + id + "/payments")
                .then()
                .statusCode(404);

        // paid after the handover: off the report
        assertEquals(201, pay(id, "183000.00", "BANK_TRANSFER").statusCode());
        as(MANAGER).get("/api/v1/orders/receivables").then().body("items.orderId", not(hasItem(id)));
    }

    @Test
    void aPaymentWithAnIdempotencyKeyIsRecordedOnce() {
        String id = allocatedOrder();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as(LI).header("Idempotency-Key", key)
                    .body(Map.of("amount", "1000.00", "method", "CASH"))
                    .post("/api/v1/orders/" + id + "/payments")
                    .then()
                    .statusCode(201);
        }
        as(LI).get("/api/v1/orders/" + id)
                .then()
                .body("payment.payments.size()", equalTo(1))
                .body("payment.balanceOwed", equalTo("182000.00"));
        as(LI).body(Map.of("amount", "1000.001", "method", "CASH"))
                .post("/api/v1/orders/" + id + "/payments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        as(LI).body(Map.of("amount", "1000.00", "method", "CHEQUE"))
                .post("/api/v1/orders/" + id + "/payments")
                .then()
                .statusCode(400);
    }

    static Response loan(String id, Map<String, Object> body) {
        return as(LI).body(body).post("/api/v1/orders/" + id + "/loan");
    }

    @Test
    void theReceivablesNameEveryCustomerFromOneReadOfTheCustomerCopiesNotOnePerOrder() throws Exception {
        String model = Fixtures.model();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            String phone = Fixtures.phone();
            String name = "Owing Customer " + i;
            UUID lead = Fixtures.lead(name, phone, "li.wei");
            await().atMost(Duration.ofSeconds(20)).until(() -> phone.equals(OrderLifecycleTest.customerPhone(lead)));
            String id = OrderLifecycleTest.order(model, lead);
            STEPS.get("sign").apply(id).then().statusCode(200);
            STEPS.get("deposit").apply(id).then().statusCode(200);
            names.put(id, name);
        }
        // a lead whose contact never came: its order owes too, without a name
        String nameless = OrderLifecycleTest.order(model, UUID.randomUUID());
        STEPS.get("sign").apply(nameless).then().statusCode(200);
        STEPS.get("deposit").apply(nameless).then().statusCode(200);

        var statistics = sessions.getStatistics();
        long before = statistics.getPrepareStatementCount();
        JsonPath report = as(MANAGER)
                .get("/api/v1/orders/receivables")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long statements = statistics.getPrepareStatementCount() - before;

        int owing = report.getList("items").size();
        assertTrue(owing >= 9, "the nine orders owe: " + owing);
        // the orders and their customers in one query each (and the dealer's profile), whatever their number;
        // a read per order's customer made it more statements than orders
        assertTrue(statements < owing, statements + " statements for " + owing + " orders owing");
        names.forEach((id, name) ->
                assertEquals(name, report.getString("items.find { it.orderId == '" + id + "' }.customerName"), id));
        assertEquals(nameless, report.getString("items.find { it.orderId == '" + nameless + "' }.orderId"));
        assertNull(report.getString("items.find { it.orderId == '" + nameless + "' }.customerName"));
    }
}
