package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Presentations → test drives → quotes per consultant and model: two customers of one consultant, three
 * presentations of two models; one customer then drives and is quoted (quote.issued from order-service).
 */
@QuarkusTest
class PresentationReportTest {

    static Map<String, Object> presentation(UUID lead, String model, String competitor) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("leadId", lead.toString());
        body.put("modelCode", model);
        body.put(
                "points",
                List.of(
                        Map.of("feature", "600 km range", "reacted", true),
                        Map.of("feature", "Heat pump", "reacted", false)));
        if (competitor != null) {
            body.put("competitorAsked", competitor);
        }
        body.put(
                "checkpoints",
                Map.of("biggestBenefitFirst", true, "customerTookPart", true, "noCompetitorRunDown", true));
        return body;
    }

    @Test
    void presentationsFollowedByTestDrivesAndQuotesPerConsultantAndModel() {
        String who = unique("presenter");
        UUID driven = UUID.randomUUID();
        UUID browsing = UUID.randomUUID();
        leadAssigned(driven, who);
        leadAssigned(browsing, who);
        awaitKnown(driven, who);
        awaitKnown(browsing, who);
        post(consultant(who), "/api/v1/presentations", presentation(driven, "AURORA", "Rival EV7"))
                .statusCode(201);
        post(consultant(who), "/api/v1/presentations", presentation(browsing, "AURORA", null))
                .statusCode(201);
        post(consultant(who), "/api/v1/presentations", presentation(browsing, "MERIDIAN", null))
                .statusCode(201);

        String car = TestDriveTest.demoCar("Aurora");
        Instant slot = TestDriveTest.tomorrowAt(11);
        String drive = post(
                        MANAGER,
                        "/api/v1/test-drives",
                        TestDriveTest.booking(car, driven, slot, slot.plus(Duration.ofMinutes(45))))
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
                                1220,
                                "licence",
                                Map.of("number", "310101199001011234", "expiry", "2031-01-01")))
                .statusCode(200);
        UUID quote = UUID.randomUUID();
        TestEvents.send(
                "quote.issued",
                driven.toString(),
                "{\"quoteId\":\"" + quote + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\"" + driven
                        + "\",\"consultantId\":\"" + who
                        + "\",\"model\":\"Aurora\",\"trim\":null,\"total\":\"199000.00\","
                        + "\"currency\":\"CNY\",\"validUntil\":null,\"issuedAt\":\"" + Instant.now() + "\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> db("select lead_id from quote_copy where quote_id = ?", quote) != null);

        String path = "/api/v1/presentations/report?consultantId=" + who;
        get(MANAGER, path)
                .statusCode(200)
                .body("total.presentations", equalTo(3))
                .body("total.pointsCovered", equalTo(6))
                .body("total.pointsReactedTo", equalTo(3))
                .body("total.competitorAsked", equalTo(1))
                .body("total.testDriven", equalTo(1))
                .body("total.quoted", equalTo(1))
                .body("total.presentationToQuote", equalTo(0.3333f))
                .body("total.testDriveToQuote", equalTo(1.0f))
                .body("byConsultant", hasSize(1))
                .body("byConsultant[0].consultantId", equalTo(who))
                .body("byConsultant[0].modelCode", equalTo(null))
                .body("byModel.modelCode", equalTo(List.of("AURORA", "MERIDIAN")))
                .body("byModel[0].figures.presentations", equalTo(2))
                .body("byModel[0].figures.presentationToTestDrive", equalTo(0.5f))
                .body("byModel[1].figures.testDriven", equalTo(0))
                .body("byModel[1].figures.presentationToTestDrive", equalTo(0.0f))
                .body("byConsultantAndModel", hasSize(2));
        get(MANAGER, path + "&modelCode=MERIDIAN").statusCode(200).body("total.presentations", equalTo(1));
        get(OTHER_MANAGER, path).statusCode(200).body("total.presentations", equalTo(0));
        get(consultant(who), "/api/v1/presentations/report").statusCode(403);
        get(MANAGER, "/api/v1/presentations/report?from=2026-02-01&to=2026-01-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
