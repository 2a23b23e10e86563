package dev.showroom.lead;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Item 9 of the hardening review: a file of 5,000 records is a job imported in chunks, its progress and
 * report readable while it runs, and the dealer's rota is not held for the whole file.
 */
@QuarkusTest
class LargeImportTest {

    // a dealer of its own: the roster and the counts are this test's alone
    static final String DEALER = "dealer-import-test";
    static final String MANAGER = TestTokens.of("import.manager", DEALER, Roles.MANAGER);

    @Test
    void fiveThousandRecordsImportAsAJobWithAReportPerRecord() {
        Fixtures.consultants(MANAGER, "imp.a", "imp.b");
        Fixtures.onDutyToday(MANAGER, "imp.a", "imp.b");
        // distinct numbers: 139 + a random base + the record's number
        long base = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String phone = "139" + (base - 1 - i);
            known.add(given().auth()
                    .oauth2(MANAGER)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Known " + i, "phone", phone, "channel", "WALK_IN"))
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        StringBuilder csv = new StringBuilder("name,phone,email\n");
        int created = 0;
        int merged = 0;
        int rejected = 0;
        for (int i = 1; i <= 5000; i++) {
            if (i % 125 == 0) {
                csv.append("Bad Phone ").append(i).append(",12,\n");
                rejected++;
            } else if (i % 100 == 0) { // the number of the record before, always a new person's
                csv.append("Again ")
                        .append(i)
                        .append(",139")
                        .append(base + i - 1)
                        .append(",\n");
                merged++;
            } else if (i > 4990) { // people the dealer already knows
                csv.append("Known Again,139").append(base - 1 - (i - 4991)).append(",again@example.com\n");
                merged++;
            } else {
                csv.append("Person ")
                        .append(i)
                        .append(",139")
                        .append(base + i)
                        .append(",p")
                        .append(i)
                        .append("@example.com\n");
                created++;
            }
        }
        assertEquals(List.of(4911, 49, 40), List.of(created, merged, rejected));

        String location = given().auth()
                .oauth2(MANAGER)
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/lead-imports/"))
                .body("status", equalTo("RUNNING"))
                .body("total", equalTo(5000))
                .extract()
                .header("Location");

        // while it runs: progress moves chunk by chunk, and a capture from the rota is not held up by it
        AtomicReference<JsonPath> seen = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonPath job = given().auth()
                            .oauth2(MANAGER)
                            .get(location)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    seen.set(job);
                    return job.getInt("processed") > 0 || !"RUNNING".equals(job.getString("status"));
                });
        assertEquals("RUNNING", seen.get().getString("status"), "the job was seen running");
        assertTrue(seen.get().getInt("processed") < 5000);
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Walk In Meanwhile", "phone", "139" + (base - 100), "channel", "WALK_IN"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201);
        JsonPath after =
                given().auth().oauth2(MANAGER).get(location).then().extract().jsonPath();
        assertEquals("RUNNING", after.getString("status"), "the capture did not wait for the whole import");

        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !"RUNNING"
                        .equals(given().auth()
                                .oauth2(MANAGER)
                                .get(location)
                                .then()
                                .extract()
                                .path("status")));
        given().auth()
                .oauth2(MANAGER)
                .get(location)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("format", equalTo("CSV"))
                .body("total", equalTo(5000))
                .body("processed", equalTo(5000))
                .body("created", equalTo(created))
                .body("merged", equalTo(merged))
                .body("rejected", equalTo(rejected))
                .body("startedBy", equalTo("import.manager"));

        // the report: every record in file order, paged, filterable by outcome
        given().auth()
                .oauth2(MANAGER)
                .queryParam("size", 100)
                .get(location + "/records")
                .then()
                .statusCode(200)
                .body("total", equalTo(5000))
                .body("items[0].index", equalTo(1))
                .body("items[0].outcome", equalTo("CREATED"))
                .body("items[99].index", equalTo(100))
                .body("items[99].outcome", equalTo("MERGED"));
        JsonPath rejects = given().auth()
                .oauth2(MANAGER)
                .queryParam("outcome", "REJECTED")
                .queryParam("size", 100)
                .get(location + "/records")
                .then()
                .statusCode(200)
                .body("total", equalTo(40))
                .extract()
                .jsonPath();
        assertEquals(125, rejects.getInt("items[0].index"));
        assertTrue(rejects.getString("items[0].reason").startsWith("phone:"));
        JsonPath last = given().auth()
                .oauth2(MANAGER)
                .queryParam("page", 49)
                .queryParam("size", 100)
                .get(location + "/records")
                .then()
                .extract()
                .jsonPath();
        assertEquals(5000, last.getInt("items[99].index"));
        assertEquals("MERGED", last.getString("items[98].outcome"));
        assertEquals(known.get(8), last.getString("items[98].leadId"));
        // record 100 repeats record 99's number: merged into the lead record 99 created
        JsonPath firstPage = given().auth()
                .oauth2(MANAGER)
                .queryParam("size", 100)
                .get(location + "/records")
                .then()
                .extract()
                .jsonPath();
        assertNotNull(firstPage.getString("items[98].leadId"));
        assertEquals(firstPage.getString("items[98].leadId"), firstPage.getString("items[99].leadId"));

        // every lead is there, handed out by the rota in turn (the known ten, the file, the walk-in)
        int byRota = 10 + created + 1;
        given().auth()
                .oauth2(MANAGER)
                .queryParam("consultantId", "imp.a")
                .queryParam("size", 1)
                .get("/api/v1/leads")
                .then()
                .body("total", equalTo((byRota + 1) / 2));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("size", 1)
                .get("/api/v1/leads")
                .then()
                .body("total", equalTo(byRota));
        // another dealer's manager does not see the job
        given().auth().oauth2(Fixtures.MANAGER).get(location).then().statusCode(404);
    }

    @Test
    void aSmallFileIsStillAnsweredWithItsReport() {
        StringBuilder csv = new StringBuilder("name,phone\n");
        long base = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
        for (int i = 0; i < 200; i++) {
            csv.append("Small ").append(i).append(",138").append(base + i).append('\n');
        }
        given().auth()
                .oauth2(Fixtures.MANAGER)
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(200)
                .body("total", equalTo(200))
                .body("created", equalTo(200));
    }
}
