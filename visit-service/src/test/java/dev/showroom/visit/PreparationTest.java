package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Step 2 during the day: spot checks (walk-around management) whose failures are actions like the morning run's,
 * the etiquette and appearance scorecard, and the morning and evening meeting log.
 */
@QuarkusTest
class PreparationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static Map<String, Object> check(String item, boolean passed, String owner, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("itemCode", item);
        body.put("passed", passed);
        body.put("area", "Display car 2");
        if (owner != null) {
            body.put("ownerId", owner);
        }
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    @Test
    void aFailedSpotCheckIsAnActionOfItsOwnerAndCountsInRepeatFailures() {
        String owner = unique("spot");
        String path = "/api/v1/checklists/spot-checks";
        post(MANAGER, path, check("DISPLAY_CARS_CLEAN", false, null, null))
                .statusCode(400)
                .body("errors[0].field", equalTo("ownerId"))
                .body("errors[0].rule", equalTo("required"));
        post(MANAGER, path, check("COFFEE_MACHINE", true, null, null))
                .statusCode(400)
                .body("errors[0].field", equalTo("itemCode"));
        post(MANAGER, path, check("OTHER", true, null, null)).statusCode(400).body("errors[0].field", equalTo("note"));
        Map<String, Object> future = check("DRINKS_STATION", true, null, null);
        future.put("checkedAt", Instant.now().plus(Duration.ofHours(2)).toString());
        post(MANAGER, path, future).statusCode(400).body("errors[0].field", equalTo("checkedAt"));
        post(consultant("li.wei"), path, check("DRINKS_STATION", true, null, null))
                .statusCode(403);

        post(MANAGER, path, check("DRINKS_STATION", true, null, null))
                .statusCode(201)
                .body("passed", equalTo(true))
                .body("actionOpen", equalTo(false));
        String failed = post(MANAGER, path, check("DISPLAY_CARS_CLEAN", false, owner, "fingerprints on the doors"))
                .statusCode(201)
                .body("label", not(equalTo(null)))
                .body("area", equalTo("Display car 2"))
                .body("ownerId", equalTo(owner))
                .body("actionOpen", equalTo(true))
                .body("checkedBy", equalTo("zhang.manager"))
                .extract()
                .path("id");
        post(MANAGER, path, check("OTHER", false, owner, "brochure rack empty")).statusCode(201);

        LocalDate today = LocalDate.now(ZONE);
        get(MANAGER, path + "/" + failed).statusCode(200).body("date", equalTo(today.toString()));
        get(MANAGER, path + "?ownerId=" + owner)
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.itemCode", hasItem("OTHER"));
        get(MANAGER, path + "?passed=false&sort=-checkedAt").statusCode(200).body("total", greaterThanOrEqualTo(2));
        // the owner's actions, beside the morning run's, and closed by them
        get(consultant(owner), "/api/v1/checklists/actions")
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.kind", everyItemIs("SPOT_CHECK"));
        post(consultant(owner), "/api/v1/checklists/actions/" + failed + "/close", Map.of("note", "wiped"))
                .statusCode(200)
                .body("open", equalTo(false))
                .body("closedSameDay", equalTo(true));
        get(MANAGER, "/api/v1/checklists/summary?date=" + today)
                .statusCode(200)
                .body("spotChecks", greaterThanOrEqualTo(3))
                .body("spotChecksFailed", greaterThanOrEqualTo(2));
        get(MANAGER, "/api/v1/checklists/repeat-failures?size=100")
                .statusCode(200)
                .body("items.find { it.ownerId == '" + owner + "' }.failures", equalTo(2));
        // another dealer does not see it
        get(OTHER_MANAGER, path + "/" + failed).statusCode(404);
    }

    static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    static Map<String, Object> scores(String consultantId, int appearance, int tone) {
        return Map.of(
                "consultantId",
                consultantId,
                "scores",
                Map.of("appearance", appearance, "posture", 4, "handshake", 5, "businessCard", 3, "tone", tone),
                "note",
                "name badge missing");
    }

    @Test
    void aManagerScoresConsultantsAndTheScorecardSumsThemUp() {
        String who = unique("etiquette");
        String path = "/api/v1/etiquette-scores";
        post(MANAGER, path, scores(who, 6, 4)).statusCode(400).body("errors[0].field", equalTo("scores.appearance"));
        post(MANAGER, path, scores("zhang.manager", 4, 4))
                .statusCode(400)
                .body("errors[0].field", equalTo("consultantId"));
        post(consultant(who), path, scores("li.wei", 4, 4)).statusCode(403);

        String first = post(MANAGER, path, scores(who, 5, 4))
                .statusCode(201)
                .body("mean", equalTo(4.2f))
                .body("scores.tone", equalTo(4))
                .extract()
                .path("id");
        post(MANAGER, path, scores(who, 3, 1)).statusCode(201);
        post(MANAGER, path, scores(unique("other"), 5, 5)).statusCode(201);

        get(MANAGER, path + "/summary")
                .statusCode(200)
                .body("byConsultant.find { it.consultantId == '" + who + "' }.scores", equalTo(2))
                .body("byConsultant.find { it.consultantId == '" + who + "' }.byItem.APPEARANCE", equalTo(4.0f))
                .body("byConsultant.find { it.consultantId == '" + who + "' }.byItem.TONE", equalTo(2.5f))
                .body("byConsultant.find { it.consultantId == '" + who + "' }.overall", equalTo(3.7f))
                .body("byConsultant.find { it.consultantId == '" + who + "' }.weakest", equalTo("TONE"));
        // a consultant reads their own scores only
        get(consultant(who), path).statusCode(200).body("total", equalTo(2));
        get(consultant(who), path + "?consultantId=li.wei").statusCode(200).body("total", equalTo(2));
        get(consultant(who), path + "/" + first).statusCode(200);
        get(consultant("li.wei"), path + "/" + first).statusCode(404);
        get(consultant(who), path + "/summary").statusCode(403);
        get(MANAGER, path + "?consultantId=" + who + "&sort=-scoredAt")
                .statusCode(200)
                .body("items", hasSize(2));
        get(MANAGER, path + "?sort=tone").statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void theMorningMeetingIsLoggedOnceADayAndRevisedWithIfMatch() {
        // a day of its own (the tests share one database and a dealer has one morning meeting a day)
        LocalDate day =
                LocalDate.now(ZONE).minusDays(1 + ThreadLocalRandom.current().nextInt(3000));
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MORNING");
        body.put("date", day.toString());
        body.put("rota", List.of("li.wei", "zhang.min"));
        body.put("attendees", List.of("li.wei", "zhang.min", "zhao.reception"));
        body.put("stockNews", "Three Aurora S in pearl white arrived");
        body.put("promotions", "Trade-in bonus 5,000 until Sunday");
        body.put("yesterdayResults", "12 walk-ins, 4 test drives, 1 order");
        body.put("todayPlan", "Call the H leads before noon");
        var created = RestAssured.given()
                .auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/meetings")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("MORNING"))
                .body("rota", equalTo(List.of("li.wei", "zhang.min")))
                .body("heldBy", equalTo("zhang.manager"))
                .extract();
        String id = created.path("id");
        post(MANAGER, "/api/v1/meetings", body).statusCode(409);
        Map<String, Object> future = new HashMap<>(body);
        future.put("date", LocalDate.now(ZONE).plusDays(2).toString());
        post(MANAGER, "/api/v1/meetings", future).statusCode(400).body("errors[0].field", equalTo("date"));
        Map<String, Object> nobody = new HashMap<>(body);
        nobody.put("attendees", List.of());
        post(MANAGER, "/api/v1/meetings", nobody).statusCode(400).body("errors[0].field", equalTo("attendees"));
        post(consultant("li.wei"), "/api/v1/meetings", body).statusCode(403);

        body.put("todayPlan", "Call the H leads before noon; test drives after lunch");
        String uri = "/api/v1/meetings/" + id;
        RestAssured.given()
                .auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(body)
                .put(uri)
                .then()
                .statusCode(428);
        RestAssured.given()
                .auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(body)
                .put(uri)
                .then()
                .statusCode(412);
        RestAssured.given()
                .auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put(uri)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("todayPlan", equalTo("Call the H leads before noon; test drives after lunch"));
        // the staff read it
        get(consultant("li.wei"), uri)
                .statusCode(200)
                .body("stockNews", equalTo("Three Aurora S in pearl white arrived"));
        get(RECEPTION, "/api/v1/meetings?from=" + day + "&to=" + day + "&kind=MORNING")
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        get(MANAGER, "/api/v1/meetings?kind=LUNCH").statusCode(400).body("errors[0].field", equalTo("kind"));
        get(OTHER_MANAGER, uri).statusCode(404);
    }
}
