package dev.showroom.lead;

import static dev.showroom.lead.StageEventsTest.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A known data set in a dealer of its own: ann has 6 leads (4 walk-ins: delivered, ordered, test-driven,
 * visited; 2 online, new), bob has 4 phone leads (quoted, visited, and two defeated for price and competitor).
 */
@QuarkusTest
class FunnelAndTargetTest {

    static final String DEALER = "dealer-funnel-" + System.nanoTime();
    static final String MANAGER = TestTokens.of("boss", DEALER, Roles.MANAGER);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static boolean seeded;

    /** Once per test JVM, from the first test (Quarkus is up by then, unlike in a static @BeforeAll). */
    static synchronized void seed() {
        if (seeded) {
            return;
        }
        Fixtures.consultants(MANAGER, "ann", "bob");
        List<String> ann = new ArrayList<>();
        List<String> bob = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ann.add(lead("ann", i < 4 ? "WALK_IN" : "ONLINE"));
        }
        for (int i = 0; i < 4; i++) {
            bob.add(lead("bob", "PHONE"));
        }
        List<String> applied = new ArrayList<>();
        applied.add(TestEvents.send(
                "order.delivered",
                ann.get(0),
                json(
                        "orderId",
                        UUID.randomUUID().toString(),
                        "orderNumber",
                        "F-1",
                        "dealerId",
                        DEALER,
                        "leadId",
                        ann.get(0),
                        "deliveredAt",
                        Instant.now())));
        applied.add(TestEvents.send(
                "order.signed",
                ann.get(1),
                json(
                        "orderId",
                        UUID.randomUUID().toString(),
                        "orderNumber",
                        "F-2",
                        "dealerId",
                        DEALER,
                        "leadId",
                        ann.get(1),
                        "depositState",
                        "PAID",
                        "signedAt",
                        Instant.now())));
        applied.add(TestEvents.send(
                "testdrive.completed",
                ann.get(2),
                json(
                        "testDriveId",
                        UUID.randomUUID().toString(),
                        "dealerId",
                        DEALER,
                        "leadId",
                        ann.get(2),
                        "completedAt",
                        Instant.now())));
        applied.add(TestEvents.send("visit.recorded", ann.get(3), visit(ann.get(3))));
        applied.add(
                TestEvents.send("presentation.recorded", ann.get(3), StageEventsTest.presentation(DEALER, ann.get(3))));
        applied.add(TestEvents.send(
                "quote.issued",
                bob.get(0),
                json(
                        "quoteId",
                        UUID.randomUUID().toString(),
                        "dealerId",
                        DEALER,
                        "leadId",
                        bob.get(0),
                        "issuedAt",
                        Instant.now())));
        applied.add(TestEvents.send("visit.recorded", bob.get(1), visit(bob.get(1))));
        applied.add(TestEvents.send(
                "needs.analysed",
                bob.get(1),
                StageEventsTest.needsAnalysed(DEALER, bob.get(1), "AURORA", null, 0, Instant.now())));
        defeat(bob.get(2), "PRICE");
        defeat(bob.get(3), "POSTPONED");
        applied.forEach(StageEventsTest::awaitApplied);
        seeded = true;
    }

    static String visit(String leadId) {
        return json(
                "visitId",
                UUID.randomUUID().toString(),
                "dealerId",
                DEALER,
                "leadId",
                leadId,
                "kind",
                "WALK_IN",
                "occurredAt",
                Instant.now(),
                "checkpoints",
                List.of());
    }

    static String lead(String consultant, String channel) {
        return given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Funnel Lead",
                        "phone",
                        Fixtures.mobile(),
                        "channel",
                        channel,
                        "consultantId",
                        consultant))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void defeat(String id, String reason) {
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "note", "lost"))
                .post("/api/v1/leads/" + id + "/defeat")
                .then()
                .statusCode(200);
    }

    static Map<String, Object> period() {
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Object> p = new HashMap<>();
        p.put("from", today.minusDays(1).toString());
        p.put("to", today.plusDays(1).toString());
        return p;
    }

    @Test
    void theDealersFunnelCountsEachStageAndTheConversionsBetweenThem() {
        seed();
        given().auth()
                .oauth2(MANAGER)
                .queryParams(period())
                .get("/api/v1/funnel")
                .then()
                .statusCode(200)
                .body("total.counts.leads", equalTo(10))
                .body("total.counts.visited", equalTo(6))
                .body("total.counts.needsAnalysed", equalTo(6))
                .body("total.counts.presented", equalTo(5))
                .body("total.counts.testDriven", equalTo(4))
                .body("total.counts.quoted", equalTo(3))
                .body("total.counts.ordered", equalTo(2))
                .body("total.counts.delivered", equalTo(1))
                .body("total.counts.defeated", equalTo(2))
                .body("total.counts.priceBeforeValue", equalTo(1))
                .body("total.conversion.leadToVisit", equalTo(0.6f))
                .body("total.conversion.visitToNeeds", equalTo(1.0f))
                .body("total.conversion.needsToPresentation", equalTo(0.8333f))
                .body("total.conversion.priceBeforeValueShare", equalTo(0.3333f))
                .body("total.conversion.visitToTestDrive", equalTo(0.6667f))
                .body("total.conversion.visitToPresentation", equalTo(0.8333f))
                .body("total.conversion.presentationToTestDrive", equalTo(0.8f))
                .body("total.conversion.testDriveToQuote", equalTo(0.75f))
                .body("total.conversion.quoteToOrder", equalTo(0.6667f))
                .body("total.conversion.orderToDelivery", equalTo(0.5f))
                .body("total.conversion.leadToOrder", equalTo(0.2f));

        var byConsultant = period();
        byConsultant.put("groupBy", "consultant");
        given().auth()
                .oauth2(MANAGER)
                .queryParams(byConsultant)
                .get("/api/v1/funnel")
                .then()
                .statusCode(200)
                .body("groups.key", equalTo(List.of("ann", "bob")))
                .body("groups[0].figures.counts.leads", equalTo(6))
                .body("groups[0].figures.counts.ordered", equalTo(2))
                .body("groups[0].figures.counts.priceBeforeValue", equalTo(0))
                .body("groups[1].figures.counts.priceBeforeValue", equalTo(1))
                .body("groups[1].figures.counts.needsAnalysed", equalTo(2))
                .body("groups[0].figures.conversion.leadToVisit", equalTo(0.6667f))
                .body("groups[1].figures.counts.visited", equalTo(2))
                .body("groups[1].figures.counts.ordered", equalTo(0))
                .body("groups[1].figures.conversion.quoteToOrder", equalTo(0.0f))
                .body("groups[1].figures.conversion.orderToDelivery", nullValue());

        var byChannel = period();
        byChannel.put("groupBy", "channel");
        given().auth()
                .oauth2(MANAGER)
                .queryParams(byChannel)
                .get("/api/v1/funnel")
                .then()
                .body("groups.key", equalTo(List.of("ONLINE", "PHONE", "WALK_IN")))
                .body("groups[2].figures.counts.visited", equalTo(4))
                .body("groups[0].figures.conversion.leadToVisit", equalTo(0.0f));
        var online = period();
        online.put("channel", "ONLINE");
        given().auth()
                .oauth2(MANAGER)
                .queryParams(online)
                .get("/api/v1/funnel")
                .then()
                .body("total.counts.leads", equalTo(2));

        // a consultant sees their own funnel, whatever they ask for
        var asking = period();
        asking.put("consultantId", "bob");
        given().auth()
                .oauth2(TestTokens.of("ann", DEALER, Roles.CONSULTANT))
                .queryParams(asking)
                .get("/api/v1/funnel")
                .then()
                .statusCode(200)
                .body("consultantId", equalTo("ann"))
                .body("total.counts.leads", equalTo(6));

        given().auth()
                .oauth2(MANAGER)
                .queryParams(period())
                .get("/api/v1/funnel/defeat-reasons")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("reasons.reason", hasItem("PRICE"))
                .body("reasons.find { it.reason == 'POSTPONED' }.share", equalTo(0.5f));

        given().auth()
                .oauth2(MANAGER)
                .queryParam("from", "2026-13-01")
                .get("/api/v1/funnel")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("groupBy", "moon")
                .get("/api/v1/funnel")
                .then()
                .statusCode(400);
    }

    @Test
    void hqSeesEveryDealersCountsButNoPersonalData() {
        seed();
        String answer = given().auth()
                .oauth2(Fixtures.HQ)
                .queryParams(period())
                .get("/api/v1/funnel/hq")
                .then()
                .statusCode(200)
                .body("dealers.find { it.dealerId == '" + DEALER + "' }.figures.counts.leads", equalTo(10))
                .body("dealers.find { it.dealerId == '" + DEALER + "' }.figures.counts.delivered", equalTo(1))
                .body("dealers.dealerId", hasItem(Fixtures.DEALER))
                .extract()
                .asString();
        org.hamcrest.MatcherAssert.assertThat(answer, not(containsString("Funnel Lead")));
        org.hamcrest.MatcherAssert.assertThat(answer, not(containsString("+86")));
        org.hamcrest.MatcherAssert.assertThat(answer, not(containsString("ann")));
    }

    @Test
    void aMonthlyTargetIsDecomposedWithTheDealersRates() {
        seed();
        String month = YearMonth.now(ZONE).toString();
        given().auth()
                .oauth2(TestTokens.of("ann", DEALER, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body(Map.of("sales", 3))
                .put("/api/v1/targets/ann/" + month)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of("sales", 3))
                .put("/api/v1/targets/ann/" + month)
                .then()
                .statusCode(200);
        // basis (last 90 days): 10 leads, 6 visited, 4 test-driven, 2 ordered
        given().auth()
                .oauth2(TestTokens.of("ann", DEALER, Roles.CONSULTANT))
                .get("/api/v1/targets/ann/" + month)
                .then()
                .statusCode(200)
                .body("sales", equalTo(3))
                .body("window.basis.leads", equalTo(10))
                .body("rates.testDriveToOrder", equalTo(0.5f))
                .body("needed.testDrives", equalTo(6))
                .body("needed.visits", equalTo(9))
                .body("needed.leads", equalTo(15))
                .body("needed.orders", equalTo(3))
                .body(
                        "arithmetic[0]",
                        equalTo("testDrives = ceil(sales / (orders/testDrives)) = ceil(3 / (2/4)) "
                                + "= ceil(3 / 0.5000) = 6"))
                .body("actual.ordersSigned", equalTo(2));
        given().auth()
                .oauth2(TestTokens.of("bob", DEALER, Roles.CONSULTANT))
                .get("/api/v1/targets/ann/" + month)
                .then()
                .statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/v1/targets/ann/2026-99").then().statusCode(400);
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .body(Map.of("sales", -1))
                .put("/api/v1/targets/ann/" + month)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sales"));
    }
}
