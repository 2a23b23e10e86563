package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TestDriveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String demoCar(String model) {
        String vin = ("LSV" + UUID.randomUUID().toString().replace("-", "").toUpperCase())
                .substring(0, 17)
                .replace('I', '1')
                .replace('O', '0')
                .replace('Q', '0');
        return post(
                        MANAGER,
                        "/api/v1/demo-cars",
                        Map.of(
                                "model",
                                model,
                                "trim",
                                "Long Range",
                                "plate",
                                "沪A"
                                        + UUID.randomUUID()
                                                .toString()
                                                .substring(0, 5)
                                                .toUpperCase(),
                                "vin",
                                vin,
                                "odometer",
                                1200))
                .statusCode(201)
                .body("status", equalTo("AVAILABLE"))
                .extract()
                .path("id");
    }

    static Map<String, Object> booking(String carId, UUID leadId, Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>();
        body.put("demoCarId", carId);
        body.put("leadId", leadId.toString());
        body.put("slotStart", start.toString());
        body.put("slotEnd", end.toString());
        return body;
    }

    static Instant tomorrowAt(int hour) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .plusDays(1)
                .atTime(hour, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();
    }

    @Test
    void concurrentBookingsOfOneCarAndSlotLeaveExactlyOneWinner() throws Exception {
        String car = demoCar("Model 3");
        Instant start = tomorrowAt(10);
        Instant end = start.plus(1, ChronoUnit.HOURS);
        int racers = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            // different prospects, the same car, overlapping slots
            Map<String, Object> body =
                    booking(car, UUID.randomUUID(), start.plus(i, ChronoUnit.MINUTES), end.plus(i, ChronoUnit.MINUTES));
            Callable<io.restassured.response.Response> call = () -> {
                go.await();
                return RestAssured.given()
                        .auth()
                        .oauth2(RECEPTION)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/test-drives");
            };
            answers.add(pool.submit(call));
        }
        go.countDown();
        int created = 0;
        int conflicts = 0;
        for (Future<io.restassured.response.Response> f : answers) {
            io.restassured.response.Response r = f.get();
            if (r.statusCode() == 201) {
                created++;
            } else if (r.statusCode() == 409) {
                conflicts++;
                r.then().contentType("application/problem+json").body("detail", containsString("already booked"));
            }
        }
        pool.shutdown();
        assertEquals(1, created, "exactly one booking wins");
        assertEquals(racers - 1, conflicts, "every other booking is refused with 409");
        assertEquals(
                1L,
                db(
                        "select count(*) from test_drive where demo_car_id = ? and status = 'BOOKED'",
                        UUID.fromString(car)));

        // the next slot, back to back, is free; and a cancelled booking frees its slot
        post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        booking(
                                car,
                                UUID.randomUUID(),
                                end.plus(10, ChronoUnit.MINUTES),
                                end.plus(70, ChronoUnit.MINUTES)))
                .statusCode(201);
        String winner = get(MANAGER, "/api/v1/test-drives?demoCarId=" + car + "&status=BOOKED")
                .statusCode(200)
                .extract()
                .path("items[0].id");
        post(RECEPTION, "/api/v1/test-drives/" + winner + "/cancel", Map.of("reason", "Customer rescheduled"))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        post(RECEPTION, "/api/v1/test-drives", booking(car, UUID.randomUUID(), start, end))
                .statusCode(201);
    }

    @Test
    void aColleaguesBookingIsATakenSlotOnTheFleetWithoutItsCustomer() {
        UUID leadId = UUID.randomUUID();
        leadAssigned(leadId, "li.wei");
        awaitKnown(leadId, "li.wei");
        String car = demoCar("Model S");
        Instant start = tomorrowAt(15);
        post(
                        consultant("li.wei"),
                        "/api/v1/test-drives",
                        booking(car, leadId, start, start.plus(45, ChronoUnit.MINUTES)))
                .statusCode(201);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        // wang.fang does not see li.wei's drive, but sees the car taken then
        get(consultant("wang.fang"), "/api/v1/test-drives?date=" + day)
                .statusCode(200)
                .body("items.demoCarId", not(hasItem(car)));
        var fleet = get(consultant("wang.fang"), "/api/v1/demo-cars?size=100&bookedOn=" + day)
                .statusCode(200);
        fleet.body("items.find { it.id == '" + car + "' }.booked[0].start", equalTo(start.toString()))
                .body("items.find { it.id == '" + car + "' }.booked", hasSize(1));
        String answer = fleet.extract().asString();
        assertFalse(answer.contains(leadId.toString()) || answer.contains("li.wei"), "a taken slot names nobody");
        // the day before: nothing booked; without bookedOn: no slots asked for; a bad day: 400 naming it
        get(consultant("wang.fang"), "/api/v1/demo-cars?size=100&bookedOn=" + day.minusDays(1))
                .statusCode(200)
                .body("items.find { it.id == '" + car + "' }.booked", hasSize(0));
        get(consultant("wang.fang"), "/api/v1/demo-cars?size=100")
                .statusCode(200)
                .body("items.find { it.id == '" + car + "' }.booked", nullValue());
        get(consultant("wang.fang"), "/api/v1/demo-cars?bookedOn=soon")
                .statusCode(400)
                .body("errors[0].field", equalTo("bookedOn"));
    }

    @Test
    void aBookedDriveIsDrivenWithAValidLicenceAndItsFeedbackIsAnnounced() throws Exception {
        UUID leadId = UUID.randomUUID();
        leadAssigned(leadId, "li.wei");
        awaitKnown(leadId, "li.wei");
        String car = demoCar("Model Y");
        Instant start = tomorrowAt(14);
        String id = post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        booking(car, leadId, start, start.plus(45, ChronoUnit.MINUTES)))
                .statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("consultantId", equalTo("li.wei"))
                .body("model", equalTo("Model Y"))
                .extract()
                .path("id");
        var booked = TestEvents.await("testdrive.booked", r -> leadId.toString().equals(r.key()));
        EventContract.assertValid(booked);
        assertEquals(id, JSON.readTree(booked.value()).get("testDriveId").asText());

        // the dashboard's and the customer 360's lists
        get(MANAGER, "/api/v1/test-drives?leadId=" + leadId).statusCode(200).body("total", equalTo(1));
        get(
                        MANAGER,
                        "/api/v1/test-drives?date="
                                + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1))
                .statusCode(200)
                .body("items.id", hasItem(id));

        // a licence that expires the day before the drive is refused, naming the field
        LocalDate driveDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        post(
                        consultant("li.wei"),
                        "/api/v1/test-drives/" + id + "/start",
                        Map.of(
                                "odometerStart",
                                1200,
                                "licence",
                                Map.of(
                                        "number",
                                        "310101199001011234",
                                        "expiry",
                                        driveDay.minusDays(1).toString())))
                .statusCode(422)
                .body("errors[0].field", equalTo("licence.expiry"));
        // without a checked licence it does not start
        post(consultant("li.wei"), "/api/v1/test-drives/" + id + "/start", Map.of("odometerStart", 1200))
                .statusCode(422)
                .body("errors[0].field", equalTo("licence"));
        // another consultant does not see it
        post(
                        consultant("wang.fang"),
                        "/api/v1/test-drives/" + id + "/start",
                        Map.of(
                                "odometerStart",
                                1200,
                                "licence",
                                Map.of("number", "310101199001011234", "expiry", driveDay.toString())))
                .statusCode(404);
        post(
                        consultant("li.wei"),
                        "/api/v1/test-drives/" + id + "/start",
                        Map.of(
                                "odometerStart",
                                1200,
                                "licence",
                                Map.of("number", "310101199001011234", "expiry", driveDay.toString())))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("licence.checkedBy", equalTo("li.wei"));

        post(consultant("li.wei"), "/api/v1/test-drives/" + id + "/complete", Map.of("odometerEnd", 1100))
                .statusCode(400)
                .body("errors[0].field", equalTo("odometerEnd"));
        post(
                        consultant("li.wei"),
                        "/api/v1/test-drives/" + id + "/complete",
                        Map.of(
                                "odometerEnd",
                                1238,
                                "feedback",
                                Map.of(
                                        "overall",
                                        5,
                                        "ratings",
                                        Map.of("acceleration", 5, "comfort", 4),
                                        "comments",
                                        "Quiet cabin, wants to see the white one")))
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("feedback.ratings.comfort", equalTo(4));

        var completed =
                TestEvents.await("testdrive.completed", r -> leadId.toString().equals(r.key()));
        EventContract.assertValid(completed);
        JsonNode payload = JSON.readTree(completed.value());
        assertEquals(1200, payload.get("odometerStart").asInt());
        assertEquals(1238, payload.get("odometerEnd").asInt());
        assertEquals(5, payload.at("/feedback/overall").asInt());
        assertEquals(4, payload.at("/feedback/ratings/comfort").asInt());
        assertFalse(completed.value().contains("white one"), "v2: the comments (a free text) stay in visit-service");
        get(MANAGER, "/api/v1/demo-cars/" + car).statusCode(200).body("odometer", equalTo(1238));
    }

    @Test
    void anExpiredLicenceIsRefusedAtBooking() {
        String car = demoCar("Model 3");
        Instant start = tomorrowAt(9);
        Map<String, Object> body = booking(car, UUID.randomUUID(), start, start.plus(30, ChronoUnit.MINUTES));
        body.put(
                "licence",
                Map.of(
                        "number",
                        "A123456",
                        "expiry",
                        LocalDate.now().minusDays(3).toString()));
        post(RECEPTION, "/api/v1/test-drives", body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("licence.expiry"))
                .body("errors[0].rule", equalTo("validOnDriveDay"));
        assertEquals(0L, db("select count(*) from test_drive where demo_car_id = ?", UUID.fromString(car)));
    }

    @Test
    void badBookingsAndFeedbackAreProblemsNamingTheField() {
        String car = demoCar("Model S");
        Instant start = tomorrowAt(16);
        post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        booking(car, UUID.randomUUID(), Instant.now().minus(1, ChronoUnit.HOURS), Instant.now()))
                .statusCode(400)
                .body("errors[0].field", equalTo("slotStart"));
        post(RECEPTION, "/api/v1/test-drives", booking(car, UUID.randomUUID(), start, start.minus(1, ChronoUnit.HOURS)))
                .statusCode(400)
                .body("errors[0].field", equalTo("slotEnd"));
        post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        booking(
                                UUID.randomUUID().toString(),
                                UUID.randomUUID(),
                                start,
                                start.plus(1, ChronoUnit.HOURS)))
                .statusCode(400)
                .body("errors[0].field", equalTo("demoCarId"));
        post(RECEPTION, "/api/v1/test-drives", Map.of("demoCarId", car))
                .statusCode(400)
                .body("errors.field", hasItem("leadId"))
                .body("errors.field", hasItem("slotStart"));
        // another dealer's car is unknown here
        String otherCar = post(
                        OTHER_MANAGER,
                        "/api/v1/demo-cars",
                        Map.of("model", "Model 3", "plate", "京B12345", "vin", "LRW3E7FA0PC000001"))
                .statusCode(201)
                .extract()
                .path("id");
        post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        booking(otherCar, UUID.randomUUID(), start, start.plus(1, ChronoUnit.HOURS)))
                .statusCode(400)
                .body("errors[0].field", equalTo("demoCarId"));

        String id = post(
                        MANAGER,
                        "/api/v1/test-drives",
                        booking(car, UUID.randomUUID(), start, start.plus(1, ChronoUnit.HOURS)))
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> complete = Map.of(
                "odometerStart",
                10,
                "odometerEnd",
                20,
                "licence",
                Map.of("number", "B7654321", "expiry", "2035-01-01"),
                "feedback",
                Map.of("overall", 6, "ratings", Map.of("comfort", 0)));
        post(MANAGER, "/api/v1/test-drives/" + id + "/complete", complete)
                .statusCode(400)
                .body("errors.field", hasItem("feedback.overall"))
                .body("errors.field", hasItem(startsWith("feedback.ratings")));
        // nothing was changed by the refused request
        get(MANAGER, "/api/v1/test-drives/" + id).statusCode(200).body("status", equalTo("BOOKED"));
        post(MANAGER, "/api/v1/demo-cars", Map.of("model", "X", "plate", "沪C1", "vin", "short"))
                .statusCode(400)
                .body("errors[0].field", equalTo("vin"));
    }
}
