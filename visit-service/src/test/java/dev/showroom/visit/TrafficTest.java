package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The daily showroom traffic report: walk-ins of a consultant over two days of the dealer, a return visit, an
 * anonymous visitor who left no contact, one who left a phone, a test drive and a quote (quote.issued from
 * order-service, kept as a copy) after the walk-ins.
 */
@QuarkusTest
class TrafficTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static Map<String, Object> walkIn(UUID leadId, String consultantId, Instant at, int party, Integer minutes) {
        Map<String, Object> body = new HashMap<>();
        if (leadId != null) {
            body.put("leadId", leadId.toString());
        }
        body.put("consultantId", consultantId);
        body.put("arrivalAt", at.toString());
        if (minutes != null) {
            body.put("departureAt", at.plus(Duration.ofMinutes(minutes)).toString());
        }
        body.put("partySize", party);
        body.put(
                "checkpoints",
                Map.of("greetedAtOnce", true, "selfIntroduction", true, "drinksOffered", true, "notPressed", true));
        return body;
    }

    @Test
    void walkInsOfTwoDaysMakeTheDailyFiguresCaptureRateAndConversions() {
        String who = unique("floor");
        UUID lead = UUID.randomUUID();
        leadAssigned(lead, who);
        awaitKnown(lead, who);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate yesterday = today.minusDays(1);
        Instant yesterdayTen = yesterday.atTime(10, 0).atZone(ZONE).toInstant();
        Instant now = Instant.now();

        post(MANAGER, "/api/v1/visits/walk-ins", walkIn(lead, who, yesterdayTen, 3, 60))
                .statusCode(201);
        // the same customer again today: a return visit
        post(MANAGER, "/api/v1/visits/walk-ins", walkIn(lead, who, now.minus(Duration.ofMinutes(1)), 2, null))
                .statusCode(201);
        // a visitor who left nothing
        post(MANAGER, "/api/v1/visits/walk-ins", walkIn(null, who, yesterdayTen.plus(Duration.ofHours(1)), 1, 30))
                .statusCode(201);
        // a visitor who left a phone (lead-service makes the lead later)
        Map<String, Object> withPhone = walkIn(null, who, yesterdayTen.plus(Duration.ofHours(2)), 2, null);
        withPhone.put("contact", Map.of("name", "Gao Lin", "phone", mobile()));
        post(MANAGER, "/api/v1/visits/walk-ins", withPhone).statusCode(201);

        // the lead drives and is quoted afterwards
        String car = TestDriveTest.demoCar("Aurora");
        Instant slot = TestDriveTest.tomorrowAt(15);
        String drive = post(
                        MANAGER,
                        "/api/v1/test-drives",
                        TestDriveTest.booking(car, lead, slot, slot.plus(Duration.ofMinutes(45))))
                .statusCode(201)
                .extract()
                .path("id");
        post(
                        MANAGER,
                        "/api/v1/test-drives/" + drive + "/complete",
                        Map.of(
                                "odometerStart",
                                1200,
                                "odometerEnd",
                                1230,
                                "licence",
                                Map.of("number", "310101199001011234", "expiry", "2031-01-01")))
                .statusCode(200);
        UUID quote = UUID.randomUUID();
        String issued = "{\"quoteId\":\"" + quote + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\"" + lead
                + "\",\"consultantId\":\"" + who
                + "\",\"model\":\"Aurora\",\"trim\":\"Luxury\",\"total\":\"200000.00\","
                + "\"currency\":\"CNY\",\"validUntil\":null,\"issuedAt\":\"" + Instant.now() + "\"}";
        TestEvents.send("quote.issued", lead.toString(), issued);
        TestEvents.send("quote.issued", lead.toString(), issued); // another delivery, another ce_id: one copy
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> db("select model from quote_copy where quote_id = ?", quote) != null);

        String path = "/api/v1/visits/traffic?from=" + yesterday + "&to=" + today + "&consultantId=" + who;
        get(MANAGER, path)
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("total.walkIns", equalTo(4))
                .body("total.firstVisits", equalTo(3))
                .body("total.returnVisits", equalTo(1))
                .body("total.visitors", equalTo(8))
                .body("total.averagePartySize", equalTo(2.0f))
                .body("total.timed", equalTo(2))
                .body("total.averageMinutes", equalTo(45.0f))
                .body("total.contactsLeft", equalTo(3))
                .body("total.captureRate", equalTo(0.75f))
                .body("total.testDriven", equalTo(2))
                .body("total.walkInToTestDrive", equalTo(0.5f))
                .body("total.quoted", equalTo(2))
                .body("total.walkInToQuote", equalTo(0.5f))
                .body("byDay", hasSize(2))
                .body("byDay[0].date", equalTo(yesterday.toString()))
                .body("byDay[0].figures.walkIns", equalTo(3))
                .body("byDay[0].figures.returnVisits", equalTo(0))
                .body("byDay[1].figures.walkIns", equalTo(1))
                .body("byDay[1].figures.returnVisits", equalTo(1))
                .body("byConsultant", hasSize(1))
                .body("byConsultant[0].consultantId", equalTo(who))
                .body("byConsultant[0].figures.captureRate", equalTo(0.75f));
        assertEquals(1L, ((Number) db("select count(*) from quote_copy where quote_id = ?", quote)).longValue());

        // a day without walk-ins is a row of zeros, with no rates
        get(
                        MANAGER,
                        "/api/v1/visits/traffic?from=" + today.minusDays(5) + "&to=" + today.minusDays(5)
                                + "&consultantId=" + who)
                .statusCode(200)
                .body("byDay", hasSize(1))
                .body("byDay[0].figures.walkIns", equalTo(0))
                .body("total.captureRate", equalTo(null))
                .body("byConsultant", hasSize(0));
        // another dealer sees none of it
        get(OTHER_MANAGER, path).statusCode(200).body("total.walkIns", equalTo(0));
    }

    @Test
    void badPeriodsAreRefusedNamingTheFieldAndOnlyManagersRead() {
        get(MANAGER, "/api/v1/visits/traffic?from=2026-05-02&to=2026-05-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].rule", equalTo("beforeTo"));
        get(MANAGER, "/api/v1/visits/traffic?from=2024-01-01&to=2026-05-01")
                .statusCode(400)
                .body("errors[0].rule", equalTo("maxDays"));
        get(MANAGER, "/api/v1/visits/traffic?to=yesterday").statusCode(400).body("errors[0].field", equalTo("to"));
        get(consultant("li.wei"), "/api/v1/visits/traffic").statusCode(403);
        get(RECEPTION, "/api/v1/visits/traffic").statusCode(403);
    }
}
