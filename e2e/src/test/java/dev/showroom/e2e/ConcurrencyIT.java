package dev.showroom.e2e;

import static dev.showroom.e2e.Staff.addModel;
import static dev.showroom.e2e.Staff.as;
import static dev.showroom.e2e.Staff.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.suite.demo.Vins;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once, through the gateway, for one thing only one may have: a demo car's slot, a car
 * (VIN) for an order. Several rounds; in each exactly one wins and every other is told why (409 problem, or
 * the order left waiting). dealer-bj-02 only: the journey counts dealer-sh-01.
 */
class ConcurrencyIT {

    static final String MANAGER = "manager.bj";
    static final int ROUNDS = 5;
    static final int RACERS = 10;
    static ExecutorService pool;

    @BeforeAll
    static void startSuite() {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        pool = Executors.newFixedThreadPool(RACERS);
        Staff.token(MANAGER);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void parallelBookingsOfOneDemoCarSlotLeaveOneWinnerEachRound() throws Exception {
        String car = as(MANAGER)
                .body(Map.of(
                        "model",
                        "Volta EV",
                        "plate",
                        "京C" + UUID.randomUUID().toString().substring(0, 5),
                        "vin",
                        Vins.of(ThreadLocalRandom.current().nextInt(9_000_000))))
                .post("/api/v1/demo-cars")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        for (int round = 0; round < ROUNDS; round++) {
            Instant start = LocalDate.now(zone)
                    .plusDays(round + 1)
                    .atTime(10, 0)
                    .atZone(zone)
                    .toInstant();
            List<Callable<Response>> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                // different prospects, the same car, overlapping slots
                Map<String, Object> body = Map.of(
                        "demoCarId",
                        car,
                        "leadId",
                        UUID.randomUUID().toString(),
                        "slotStart",
                        start.plus(i, ChronoUnit.MINUTES).toString(),
                        "slotEnd",
                        start.plus(60 + i, ChronoUnit.MINUTES).toString());
                racers.add(() -> as(MANAGER).body(body).post("/api/v1/test-drives"));
            }
            List<Response> answers = race(racers);
            assertEquals(
                    1, answers.stream().filter(r -> r.statusCode() == 201).count(), "round " + round + ": one booking");
            for (Response r :
                    answers.stream().filter(r -> r.statusCode() != 201).toList()) {
                assertEquals(409, r.statusCode(), r.asString());
                assertTrue(r.contentType().startsWith("application/problem+json"));
            }
        }
        assertEquals(
                ROUNDS,
                TestSuite.count(
                        "visit-service",
                        "select count(*) from test_drive where demo_car_id::text = ? and status = 'BOOKED'",
                        car));
        System.out.printf(
                "concurrency: %d rounds × %d parallel bookings of one demo car slot: one booking each round, "
                        + "%d refused with 409%n",
                ROUNDS, RACERS, ROUNDS * (RACERS - 1));
    }

    @Test
    void parallelAllocationsOfOneVinLeaveOneWinnerEachRound() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String model = "CC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
            addModel(MANAGER, model, "Race " + model, item("STD", "Standard"), item("RED", "Red"), List.of());
            as(MANAGER)
                    .body(Map.of(
                            "name",
                            "Race " + model,
                            "validFrom",
                            LocalDate.now().minusDays(1).toString(),
                            "items",
                            List.of(
                                    Map.of("modelCode", model, "kind", "TRIM", "code", "STD", "price", "90000.00"),
                                    Map.of("modelCode", model, "kind", "COLOUR", "code", "RED", "price", "0.00"))))
                    .post("/api/v1/catalogue/price-lists")
                    .then()
                    .statusCode(201);
            String vin = Vins.of(ThreadLocalRandom.current().nextInt(9_000_000));
            as(MANAGER)
                    .body(Map.of("vin", vin, "modelCode", model, "trimCode", "STD", "colourCode", "RED"))
                    .post("/api/v1/stock")
                    .then()
                    .statusCode(201);
            List<String> orders = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String quote = as(MANAGER)
                        .body(Map.of(
                                "leadId",
                                UUID.randomUUID().toString(),
                                "modelCode",
                                model,
                                "trimCode",
                                "STD",
                                "colourCode",
                                "RED"))
                        .post("/api/v1/quotes")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                String order = as(MANAGER)
                        .body(Map.of("quoteId", quote, "depositAmount", "1000.00"))
                        .post("/api/v1/orders")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                as(MANAGER)
                        .body(Map.of("customerSignatory", "Racer " + i))
                        .post("/api/v1/orders/{id}/signature", order)
                        .then()
                        .statusCode(200);
                as(MANAGER)
                        .body(Map.of("amount", "1000.00", "method", "CASH"))
                        .post("/api/v1/orders/{id}/deposit", order)
                        .then()
                        .statusCode(200);
                orders.add(order);
            }
            List<Callable<Response>> racers = new ArrayList<>();
            for (String order : orders) {
                racers.add(() -> as(MANAGER).body(Map.of()).post("/api/v1/orders/{id}/allocation", order));
            }
            List<Response> answers = race(racers);
            List<String> outcomes = answers.stream()
                    .map(r -> r.statusCode() + " " + r.path("status"))
                    .toList();
            assertEquals(
                    1, outcomes.stream().filter("200 ALLOCATED"::equals).count(), "round " + round + ": " + outcomes);
            assertEquals(
                    RACERS - 1,
                    outcomes.stream().filter("200 DEPOSIT_PAID"::equals).count(),
                    outcomes.toString());
            String winner = orders.get(outcomes.indexOf("200 ALLOCATED"));
            as(MANAGER)
                    .get("/api/v1/stock/{vin}", vin)
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ALLOCATED"))
                    .body("orderId", org.hamcrest.Matchers.equalTo(winner));
        }
        System.out.printf(
                "concurrency: %d rounds × %d parallel allocations of one VIN: one allocation each round, "
                        + "%d orders left waiting%n",
                ROUNDS, RACERS, ROUNDS * (RACERS - 1));
    }

    /** All at once: each racer waits for the start signal on its own thread. */
    static List<Response> race(List<Callable<Response>> racers) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> racer : racers) {
            futures.add(pool.submit(() -> {
                go.await();
                return racer.call();
            }));
        }
        go.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> f : futures) {
            answers.add(f.get());
        }
        return answers;
    }
}
