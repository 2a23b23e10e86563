package dev.showroom.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reception takes who is on duty from the local copy of lead-service's roster (dealer.roster-changed), applied
 * once and only when newer than the copy.
 */
@QuarkusTest
class RosterCopyTest {

    /** Sends the dealer's roster: these consultants active and on duty from yesterday on, in order. */
    static String roster(String dealer, long revision, List<String> onDuty, List<String> inactive) {
        return roster(dealer, revision, onDuty, inactive, UUID.randomUUID().toString());
    }

    static String roster(String dealer, long revision, List<String> onDuty, List<String> inactive, String ceId) {
        String members = java.util.stream.Stream.concat(
                        onDuty.stream()
                                .map(id -> "{\"userId\":\"" + id + "\",\"roles\":[\"CONSULTANT\"],\"active\":true}"),
                        inactive.stream()
                                .map(id -> "{\"userId\":\"" + id + "\",\"roles\":[\"CONSULTANT\"],\"active\":false}"))
                .collect(Collectors.joining(","));
        String duty = onDuty.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        String yesterday =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        TestEvents.send(
                "dealer.roster-changed",
                dealer,
                "{\"dealerId\":\"" + dealer + "\",\"revision\":" + revision
                        + ",\"members\":[" + members + "],\"duty\":[{\"date\":\"" + yesterday + "\",\"consultants\":["
                        + duty
                        + "]}],\"changedAt\":\"2026-12-04T08:00:00Z\"}",
                ceId);
        LeadCopyTest.applied(ceId);
        return ceId;
    }

    @Test
    void theCopyIsAppliedOnceAndOnlyWhenNewerAndReceptionFollowsIt() {
        String dealer = "dealer-roster-copy-" + System.nanoTime();
        String reception = TestTokens.of("desk", dealer, Roles.RECEPTIONIST);
        given().auth()
                .oauth2(reception)
                .get("/api/v1/reception/queue")
                .then()
                .statusCode(200)
                .body("onDuty", equalTo(List.of()))
                .body("next", equalTo(null));
        given().auth()
                .oauth2(reception)
                .post("/api/v1/reception/queue/next")
                .then()
                .statusCode(409);

        String ceId = roster(dealer, 2, List.of("b.li", "a.chen"), List.of());
        queue(reception, List.of("b.li", "a.chen"), "b.li");
        // a redelivery and an older revision change nothing
        TestEvents.send(
                "dealer.roster-changed",
                dealer,
                "{\"dealerId\":\"" + dealer + "\",\"revision\":9,"
                        + "\"members\":[],\"duty\":[],\"changedAt\":\"2026-12-04T08:00:00Z\"}",
                ceId);
        roster(dealer, 1, List.of("z.old"), List.of());
        queue(reception, List.of("b.li", "a.chen"), "b.li");

        // a newer roster: c.wang joins the duty, a.chen leaves (inactive, no longer on anyone's queue)
        roster(dealer, 3, List.of("c.wang", "b.li"), List.of("a.chen"));
        queue(reception, List.of("c.wang", "b.li"), "c.wang");
        given().auth()
                .oauth2(reception)
                .post("/api/v1/reception/queue/a.chen/free")
                .then()
                .statusCode(404);
    }

    @Test
    void theQueueHandsCustomersOutInTheRostersOrderSkippingTheBusy() {
        String dealer = "dealer-roster-queue-" + System.nanoTime();
        String reception = TestTokens.of("rota.reception", dealer, Roles.RECEPTIONIST);
        roster(dealer, 1, List.of("a.chen", "b.li", "c.wang"), List.of());
        next(reception, "a.chen");
        next(reception, "b.li");
        given().auth()
                .oauth2(reception)
                .post("/api/v1/reception/queue/a.chen/free")
                .then()
                .statusCode(200);
        next(reception, "c.wang");
        next(reception, "a.chen"); // wraps around; b.li is still busy
        given().auth()
                .oauth2(reception)
                .post("/api/v1/reception/queue/next")
                .then()
                .statusCode(409);
        // a consultant frees only themselves
        String bLi = TestTokens.of("b.li", dealer, Roles.CONSULTANT);
        given().auth()
                .oauth2(bLi)
                .post("/api/v1/reception/queue/b.li/free")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(bLi)
                .post("/api/v1/reception/queue/c.wang/free")
                .then()
                .statusCode(403);
        next(reception, "b.li");
        given().auth().oauth2(bLi).post("/api/v1/reception/queue/next").then().statusCode(403);
        given().auth()
                .oauth2(reception)
                .get("/api/v1/reception/queue")
                .then()
                .statusCode(200)
                .body("onDuty.taken", equalTo(List.of(2, 2, 1)))
                .body("onDuty.busy", equalTo(List.of(true, true, true)));
        // the roster changes the order in the middle of the day: the queue goes on after the last who took one
        roster(dealer, 2, List.of("c.wang", "b.li", "a.chen"), List.of());
        given().auth()
                .oauth2(reception)
                .post("/api/v1/reception/queue/c.wang/free")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(reception)
                .post("/api/v1/reception/queue/a.chen/free")
                .then()
                .statusCode(200);
        next(reception, "a.chen");
        next(reception, "c.wang");
    }

    private static void queue(String token, List<String> onDuty, String next) {
        given().auth()
                .oauth2(token)
                .get("/api/v1/reception/queue")
                .then()
                .statusCode(200)
                .body("onDuty.consultantId", equalTo(onDuty))
                .body("next", equalTo(next));
    }

    private static void next(String token, String expected) {
        given().auth()
                .oauth2(token)
                .post("/api/v1/reception/queue/next")
                .then()
                .statusCode(200)
                .body("consultantId", equalTo(expected));
    }
}
