package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** docs/api.md's conventions on visit-service: 201 + Location + ETag, If-Match (412), sort on every list. */
@QuarkusTest
class ApiConventionsTest {

    @Test
    void anAppointmentIsCreatedWithLocationAndAStaleCancellationIsRefused() {
        UUID leadId = UUID.randomUUID();
        var created = post(
                        RECEPTION,
                        "/api/v1/appointments",
                        Map.of(
                                "leadId",
                                leadId.toString(),
                                "scheduledAt",
                                Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                                "purpose",
                                "Second visit"))
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals(true, created.header("Location").endsWith("/api/v1/appointments/" + id));
        String read = get(RECEPTION, "/api/v1/appointments/" + id)
                .statusCode(200)
                .extract()
                .header("ETag");
        String reminded = given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .post("/api/v1/appointments/" + id + "/reminder-sent")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        get(RECEPTION, "/api/v1/appointments/" + id).header("ETag", equalTo(reminded));
        // the desk that still shows the appointment before its reminder cancels it: refused, it reads it again
        given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .post("/api/v1/appointments/" + id + "/cancel")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        get(RECEPTION, "/api/v1/appointments/" + id).body("status", equalTo("BOOKED"));
        given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .header("If-Match", reminded)
                .post("/api/v1/appointments/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void aTestDriveStepAndADemoCarTakeIfMatch() {
        String car = TestDriveTest.demoCar("Model Y");
        String carTag = get(MANAGER, "/api/v1/demo-cars/" + car)
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"42\"")
                .body(Map.of("status", "IN_SERVICE"))
                .put("/api/v1/demo-cars/" + car + "/status")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .header("If-Match", carTag)
                .body(Map.of("status", "IN_SERVICE"))
                .put("/api/v1/demo-cars/" + car + "/status")
                .then()
                .statusCode(200);
        String other = TestDriveTest.demoCar("Model Y");
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS);
        var booked = post(
                        RECEPTION,
                        "/api/v1/test-drives",
                        TestDriveTest.booking(other, UUID.randomUUID(), at, at.plus(30, ChronoUnit.MINUTES)))
                .statusCode(201)
                .extract();
        String drive = booked.path("id");
        assertEquals(true, booked.header("Location").endsWith("/api/v1/test-drives/" + drive));
        given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"9\"")
                .body(Map.of("reason", "customer called"))
                .post("/api/v1/test-drives/" + drive + "/cancel")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(RECEPTION)
                .contentType(ContentType.JSON)
                .header("If-Match", booked.header("ETag"))
                .body(Map.of("reason", "customer called"))
                .post("/api/v1/test-drives/" + drive + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void everyListSortsByItsKeysAndRefusesAnother() {
        String dealer = unique("dealer-sort");
        String manager = TestTokens.of("sort.manager", dealer, Roles.MANAGER);
        List<String> codes = get(manager, "/api/v1/checklists/template?size=100&sort=-position")
                .statusCode(200)
                .extract()
                .path("items.code");
        List<Integer> positions = get(manager, "/api/v1/checklists/template?size=100&sort=-position")
                .extract()
                .path("items.position");
        assertEquals(positions.stream().sorted((a, b) -> b - a).toList(), positions, codes.toString());
        Map<String, String> lists = Map.of(
                "/api/v1/visits?sort=-occurredAt",
                manager,
                "/api/v1/appointments?sort=-scheduledAt,createdAt",
                manager,
                "/api/v1/appointments/reminders-due?sort=-scheduledAt",
                manager,
                "/api/v1/test-drives?sort=-slotStart",
                manager,
                "/api/v1/demo-cars?sort=-odometer",
                manager,
                "/api/v1/checklists/actions?sort=ownerId,-date",
                manager,
                "/api/v1/checklists/repeat-failures?sort=ownerId",
                manager,
                "/api/v1/needs-analyses?sort=updatedAt&leadId=" + UUID.randomUUID(),
                manager,
                "/api/v1/compliance/dealers?sort=-step,dealerId",
                HQ);
        lists.forEach((path, token) -> get(token, path).statusCode(200));
        lists.forEach((path, token) -> get(token, path.replaceFirst("sort=[^&]*", "sort=phone"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("sort")));
    }
}
