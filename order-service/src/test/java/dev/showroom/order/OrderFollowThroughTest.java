package dev.showroom.order;

import static dev.showroom.order.Fixtures.MANAGER;
import static dev.showroom.order.Fixtures.as;
import static dev.showroom.order.Fixtures.consultant;
import static dev.showroom.order.Fixtures.quote;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.order.orders.DelayCheck;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The order followed through (docs/process.md, step 9): the stock seen by quotes and orders, a car that arrives
 * going to the oldest order waiting for it, the delivery method, the order's progress events and the delays.
 */
@QuarkusTest
class OrderFollowThroughTest {

    static final String LI = consultant("li.wei");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    DelayCheck delays;

    static String quoteOf(String model, String colour) {
        Map<String, Object> body = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        body.put("colourCode", colour);
        return quote(LI, body).statusCode(201).extract().path("id");
    }

    static JsonPath order(String quoteId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("quoteId", quoteId, "depositAmount", "20000.00"));
        body.putAll(extra);
        return as(LI).body(body)
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static void signAndPay(String id) {
        OrderLifecycleTest.STEPS.get("sign").apply(id).then().statusCode(200);
        OrderLifecycleTest.STEPS.get("deposit").apply(id).then().statusCode(200);
    }

    static String addInTransit(String model, String colour, LocalDate eta) {
        String vin = Fixtures.vin();
        as(MANAGER)
                .body(Map.of(
                        "vin",
                        vin,
                        "modelCode",
                        model,
                        "trimCode",
                        "LUX",
                        "colourCode",
                        colour,
                        "status",
                        "IN_TRANSIT",
                        "arrivalDate",
                        eta.toString()))
                .post("/api/v1/stock")
                .then()
                .statusCode(201)
                .body("status", equalTo("IN_TRANSIT"));
        return vin;
    }

    @Test
    void quotesAndOrdersSayWhetherACarIsInStockIncomingWithItsEtaOrNone() {
        String model = Fixtures.model();
        String none = quoteOf(model, "PEARL");
        as(LI).get("/api/v1/quotes/" + none)
                .then()
                .body("stock.state", equalTo("NONE"))
                .body("stock.inStock", equalTo(0))
                .body("stock.checkedOn", equalTo(TODAY.toString()));

        LocalDate eta = TODAY.plusDays(12);
        addInTransit(model, "PEARL", eta);
        String incoming = quoteOf(model, "PEARL");
        as(LI).get("/api/v1/quotes/" + incoming)
                .then()
                .body("stock.state", equalTo("INCOMING"))
                .body("stock.eta", equalTo(eta.toString()))
                .body("stock.incoming", equalTo(1));
        JsonPath first = order(incoming, Map.of("deliveryMethod", "HOME_DELIVERY"));
        assertEquals("INCOMING", first.getString("stockAtOrder.state"));
        assertEquals(eta.toString(), first.getString("stockAtOrder.eta"));
        assertEquals("HOME_DELIVERY", first.getString("deliveryMethod"));

        // the incoming car is spoken for by the first order: the next customer would wait for another
        as(LI).get("/api/v1/quotes/" + quoteOf(model, "PEARL"))
                .then()
                .body("stock.state", equalTo("NONE"))
                .body("stock.ordersAhead", equalTo(1));
        JsonPath second = order(quoteOf(model, "PEARL"), Map.of());
        assertEquals("NONE", second.getString("stockAtOrder.state"));
        assertEquals("SHOWROOM_CEREMONY", second.getString("deliveryMethod"), "the ceremony by default");

        Fixtures.addCar(model, "LUX", "WHITE", List.of());
        as(LI).get("/api/v1/quotes/" + quoteOf(model, "WHITE"))
                .then()
                .body("stock.state", equalTo("AVAILABLE_NOW"))
                .body("stock.eta", nullValue());
    }

    @Test
    void aCarThatArrivesGoesAtOnceToTheOldestOrderWaitingForItAndTheOrderIsAnnouncedReady() {
        String model = Fixtures.model();
        String vin = addInTransit(model, "PEARL", TODAY.plusDays(3));
        String notPaid = order(quoteOf(model, "PEARL"), Map.of()).getString("id"); // oldest, but no deposit yet
        String oldest = order(quoteOf(model, "PEARL"), Map.of()).getString("id");
        String younger = order(quoteOf(model, "PEARL"), Map.of()).getString("id");
        signAndPay(younger);
        signAndPay(oldest);

        as(MANAGER)
                .body(Map.of())
                .post("/api/v1/stock/" + vin + "/arrival")
                .then()
                .statusCode(200)
                .body("status", equalTo("ALLOCATED"))
                .body("orderId", equalTo(oldest));
        as(MANAGER)
                .get("/api/v1/orders/" + oldest)
                .then()
                .body("status", equalTo("ALLOCATED"))
                .body("allocation.vin", equalTo(vin));
        assertEquals("DEPOSIT_PAID", OrderLifecycleTest.status(younger));
        assertEquals("DRAFT", OrderLifecycleTest.status(notPaid));

        ConsumerRecord<String, String> allocated =
                TestEvents.await("order.allocated", r -> r.value().contains(oldest));
        EventContract.assertValid(allocated);
        JsonPath a = new JsonPath(allocated.value());
        assertEquals("ON_ARRIVAL", a.getString("how"));
        assertEquals(vin, a.getString("vin"));

        // the delivery method changes until the handover; the PDI passed announces the car ready, by that method
        String etag = as(LI).get("/api/v1/orders/" + oldest).then().extract().header("ETag");
        as(LI).header("If-Match", etag)
                .body(Map.of("deliveryMethod", "CARRIER_TRANSPORT"))
                .put("/api/v1/orders/" + oldest + "/delivery-method")
                .then()
                .statusCode(200)
                .body("deliveryMethod", equalTo("CARRIER_TRANSPORT"));
        as(LI).body(Map.of("deliveryMethod", "BY_DRONE"))
                .put("/api/v1/orders/" + oldest + "/delivery-method")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        OrderLifecycleTest.payInFull(oldest); // payment before the keys
        OrderLifecycleTest.STEPS.get("pdi").apply(oldest).then().statusCode(200);
        ConsumerRecord<String, String> ready =
                TestEvents.await("order.ready-for-delivery", r -> r.value().contains(oldest));
        EventContract.assertValid(ready);
        assertEquals("CARRIER_TRANSPORT", new JsonPath(ready.value()).getString("deliveryMethod"));

        // a car the manager allocates is announced too
        String another = Fixtures.addCar(model, "LUX", "PEARL", List.of());
        ConsumerRecord<String, String> second =
                TestEvents.await("order.allocated", r -> r.value().contains(younger));
        EventContract.assertValid(second);
        assertEquals(another, new JsonPath(second.value()).getString("vin"));
    }

    @Test
    void anOrderWithoutACarNearOrPastItsDateIsAnnouncedOnceAndListedForTheManager() throws Exception {
        String model = Fixtures.model();
        String overdue = order(quoteOf(model, "PEARL"), Map.of("expectedDeliveryDate", TODAY.toString()))
                .getString("id");
        String dueSoon = order(
                        quoteOf(model, "PEARL"),
                        Map.of("expectedDeliveryDate", TODAY.plusDays(2).toString()))
                .getString("id");
        String later = order(
                        quoteOf(model, "PEARL"),
                        Map.of("expectedDeliveryDate", TODAY.plusDays(30).toString()))
                .getString("id");
        signAndPay(overdue);
        LocalDate past = TODAY.minusDays(4);
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("update sales_order set expected_delivery_date = ? where id = ?")) {
            ps.setObject(1, past);
            ps.setObject(2, UUID.fromString(overdue));
            assertEquals(1, ps.executeUpdate());
        }
        LocalDate eta = TODAY.plusDays(6);
        addInTransit(model, "PEARL", eta);

        assertTrue(delays.announceDelays() >= 2);
        delays.announceDelays(); // a second run announces nothing new

        List<ConsumerRecord<String, String>> late = TestEvents.awaitCount(
                "order.delayed", r -> r.value().contains(overdue), 1, java.time.Duration.ofSeconds(20));
        EventContract.assertValid(late.get(0));
        JsonPath e = new JsonPath(late.get(0).value());
        assertEquals("OVERDUE", e.getString("kind"));
        assertEquals(4, e.getInt("daysLate"));
        assertEquals(past.toString(), e.getString("expectedDeliveryDate"));
        assertEquals(eta.toString(), e.getString("incomingEta"), "the car in transit is the oldest order's");
        ConsumerRecord<String, String> soon =
                TestEvents.await("order.delayed", r -> r.value().contains(dueSoon));
        EventContract.assertValid(soon);
        assertEquals("DUE_SOON", new JsonPath(soon.value()).getString("kind"));
        assertEquals(
                1,
                TestEvents.all("order.delayed", r -> r.value().contains(overdue))
                        .size(),
                "announced once");
        assertTrue(
                TestEvents.all("order.delayed", r -> r.value().contains(later)).isEmpty());

        as(MANAGER)
                .get("/api/v1/orders/delays?size=100")
                .then()
                .statusCode(200)
                .body("items.orderId", hasItem(overdue))
                .body("items.orderId", hasItem(dueSoon))
                .body("items.orderId", not(hasItem(later)))
                .body("items.find { it.orderId == '" + overdue + "' }.kind", equalTo("OVERDUE"))
                .body("items.find { it.orderId == '" + overdue + "' }.daysLate", equalTo(4))
                .body("items.find { it.orderId == '" + overdue + "' }.stock.state", equalTo("INCOMING"))
                .body("items.find { it.orderId == '" + overdue + "' }.alertedAt", notNullValue())
                .body("items.find { it.orderId == '" + dueSoon + "' }.kind", equalTo("DUE_SOON"));
        as(LI).get("/api/v1/orders/delays?size=100").then().statusCode(200).body("items.orderId", hasItem(overdue));
        as(consultant("chen.jing"))
                .get("/api/v1/orders/delays?size=100")
                .then()
                .statusCode(200)
                .body("items.orderId", not(hasItem(overdue)));
        as(Fixtures.OTHER_MANAGER)
                .get("/api/v1/orders/delays?size=100")
                .then()
                .statusCode(200)
                .body("items.orderId", not(hasItem(overdue)));
        as(Fixtures.RECEPTION).get("/api/v1/orders/delays").then().statusCode(403);
        as(MANAGER).get("/api/v1/orders/delays?sort=total").then().statusCode(400);

        // the car comes: the order is no longer late
        as(MANAGER).get("/api/v1/stock?modelCode=" + model).then().statusCode(200);
        String vin = as(MANAGER)
                .get("/api/v1/stock?modelCode=" + model + "&status=IN_TRANSIT")
                .then()
                .extract()
                .path("items[0].vin");
        as(MANAGER)
                .body(Map.of())
                .post("/api/v1/stock/" + vin + "/arrival")
                .then()
                .statusCode(200);
        as(MANAGER)
                .get("/api/v1/orders/delays?size=100")
                .then()
                .body("items.orderId", not(hasItem(overdue)))
                .body("items.orderId", hasItem(dueSoon));
    }
}
