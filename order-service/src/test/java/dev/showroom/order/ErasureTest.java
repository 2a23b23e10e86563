package dev.showroom.order;

import static dev.showroom.order.Fixtures.as;
import static dev.showroom.order.Fixtures.consultant;
import static dev.showroom.order.Fixtures.quote;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An erasure blanks the free texts staff wrote about the customer, not only their name and phone. */
@QuarkusTest
class ErasureTest {

    static final String LI = consultant("li.wei");

    @Test
    void quoteNotesTradeInObjectionsAndCancellationReasonsAreBlanked() throws Exception {
        String phone = Fixtures.phone();
        UUID lead = Fixtures.lead("Free Text", phone, "li.wei");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> phone.equals(LeadCopyTest.value("select phone from customer where lead_id = ?", lead)));
        String model = Fixtures.model();
        Map<String, Object> body = new HashMap<>(Fixtures.simpleQuote(lead, model));
        body.put("note", "Free Text's wife decides, call after 6");
        body.put(
                "tradeIn",
                Map.of("description", "Free Text's 2016 sedan, plate HU-A1234", "appraisedValue", "30000.00"));
        String quoteId = quote(LI, body).statusCode(201).extract().path("id");
        as(LI).body(Map.of("category", "COMPETITOR", "note", "Free Text saw it cheaper"))
                .post("/api/v1/quotes/" + quoteId + "/objections")
                .then()
                .statusCode(201);
        String order = as(LI).body(Map.of("quoteId", quoteId, "depositAmount", "20000.00"))
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(LI).body(Map.of("reason", "Free Text lost his job", "category", "FINANCING_REFUSED"))
                .post("/api/v1/orders/" + order + "/cancellation")
                .then()
                .statusCode(200);

        // a car released unpaid by the manager, with a reason about the person
        Fixtures.addCar(model, "LUX", "PEARL", java.util.List.of());
        String released = OrderLifecycleTest.order(model, lead);
        OrderLifecycleTest.STEPS.get("sign").apply(released).then().statusCode(200);
        OrderLifecycleTest.STEPS.get("deposit").apply(released).then().statusCode(200);
        OrderLifecycleTest.STEPS.get("allocate").apply(released).then().statusCode(200);
        as(Fixtures.MANAGER)
                .body(Map.of("reason", "Free Text's brother pays the rest next week"))
                .post("/api/v1/orders/" + released + "/release")
                .then()
                .statusCode(200);

        TestEvents.send(
                "customer.erasure-requested",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"dealer-sh-01\",\"requestedAt\":\"2026-02-01T08:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LeadCopyTest.value("select erased_at from customer where lead_id = ?", lead) != null);

        assertNull(LeadCopyTest.value("select note from quote where id = ?::uuid", quoteId));
        assertNull(LeadCopyTest.value("select trade_in_description from quote where id = ?::uuid", quoteId));
        assertNull(LeadCopyTest.value("select max(note) from quote_objection where quote_id = ?::uuid", quoteId));
        assertNull(LeadCopyTest.value("select cancel_reason from sales_order where id = ?::uuid", order));
        assertNull(LeadCopyTest.value("select release_reason from sales_order where id = ?::uuid", released));
        assertNull(LeadCopyTest.value(
                "select max(payload) from outbox_event where event_key = ? and payload like '%Free Text%'",
                lead.toString()));
    }
}
