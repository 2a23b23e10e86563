package dev.showroom.aftersales;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.aftersales.complaint.SlaEscalation;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Complaints by severity (seed 003 §8; docs/process.md, step 10): deadlines, escalation, order, report. */
@QuarkusTest
class ComplaintSeverityTest {

    @Inject
    SlaEscalation sla;

    static String open(String token, UUID lead, String severity, String category) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + lead + "\",\"channel\":\"PHONE\",\"category\":\"" + category
                        + "\",\"severity\":\"" + severity + "\",\"description\":\"The brakes squeal\","
                        + "\"customerName\":\"Liu Yang\",\"customerPhone\":\"" + Fixtures.phone() + "\"}")
                .post("/api/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String dealer(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aHighComplaintGoesToTheManagersAtOnceAndTheListPutsItFirst() {
        String dealer = dealer("dealer-sev-");
        String care = TestTokens.of("zhou.care", dealer, Roles.CUSTOMER_CARE);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        String low = open(care, UUID.randomUUID(), "LOW", "OTHER");
        UUID lead = UUID.randomUUID();
        String high = open(care, lead, "HIGH", "PRODUCT");

        JsonPath opened = JsonPath.from(given().auth()
                .oauth2(care)
                .get("/api/v1/complaints/" + high)
                .then()
                .statusCode(200)
                .body("escalated", equalTo(true))
                .body("priority", equalTo(1))
                .body("notes[0].kind", equalTo("ESCALATION"))
                .body("notes[0].text", equalTo("HIGH: to the managers at once"))
                .extract()
                .asString());
        Instant openedAt = Instant.parse(opened.getString("openedAt"));
        assertEquals(Duration.ofHours(2), Duration.between(openedAt, Instant.parse(opened.getString("acknowledgeBy"))));
        assertEquals(Duration.ofDays(3), Duration.between(openedAt, Instant.parse(opened.getString("resolveBy"))));
        var event =
                TestEvents.await(Topics.COMPLAINT_OPENED, r -> lead.toString().equals(r.key()));
        EventContract.assertValid(event);
        assertTrue(JsonPath.from(event.value()).getBoolean("escalated"), event.value());

        // newer, but more serious: first in the list
        given().auth()
                .oauth2(care)
                .get("/api/v1/complaints?open=true")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(high, low)));
        given().auth()
                .oauth2(care)
                .get("/api/v1/complaints?open=true&sort=openedAt")
                .then()
                .body("items.id", equalTo(List.of(low, high)));
        // the managers' now: customer care reads it, does not work on it
        given().auth()
                .oauth2(care)
                .post("/api/v1/complaints/" + high + "/acknowledge")
                .then()
                .statusCode(403);
        // the customer is told a date to come, not one past
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"expectedResolutionBy\":\"2020-01-01T00:00:00Z\"}")
                .post("/api/v1/complaints/" + high + "/acknowledge")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("expectedResolutionBy"))
                .body("errors[0].rule", equalTo("future"));
        given().auth()
                .oauth2(manager)
                .post("/api/v1/complaints/" + high + "/acknowledge")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("expectedResolutionBy", equalTo(opened.getString("resolveBy")));
    }

    @Test
    void anAcknowledgedComplaintNotResolvedByItsDeadlineIsEscalatedOnce() {
        String dealer = dealer("dealer-res-");
        String care = TestTokens.of("zhou.care", dealer, Roles.CUSTOMER_CARE);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        // the dealer gives MEDIUM complaints 2 days
        String settings = given().auth()
                .oauth2(manager)
                .get("/api/v1/follow-ups/settings")
                .then()
                .statusCode(200)
                .body("urgentAcknowledgeHours", equalTo(2))
                .body("resolveDays.MEDIUM", equalTo(7))
                .extract()
                .asString();
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(settings.replace("\"MEDIUM\":7", "\"MEDIUM\":0"))
                .put("/api/v1/follow-ups/settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("resolveDays.MEDIUM"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(settings.replace("\"MEDIUM\":7", "\"MEDIUM\":2"))
                .put("/api/v1/follow-ups/settings")
                .then()
                .statusCode(200)
                .body("resolveDays.MEDIUM", equalTo(2));
        String id = open(care, UUID.randomUUID(), "MEDIUM", "DELIVERY");
        given().auth()
                .oauth2(care)
                .post("/api/v1/complaints/" + id + "/acknowledge")
                .then()
                .statusCode(200)
                .body("escalated", equalTo(false));
        try {
            MovableClock.advance(Duration.ofDays(1));
            sla.escalateBreached();
            given().auth().oauth2(care).get("/api/v1/complaints/" + id).then().body("escalated", equalTo(false));
            MovableClock.advance(Duration.ofDays(1).plusMinutes(1));
            given().auth().oauth2(care).get("/api/v1/complaints/" + id).then().body("resolutionOverdue", equalTo(true));
            sla.escalateBreached();
            sla.escalateBreached();
        } finally {
            MovableClock.reset();
        }
        given().auth()
                .oauth2(manager)
                .get("/api/v1/complaints/" + id)
                .then()
                .body("escalated", equalTo(true))
                .body("notes.findAll { it.kind == 'ESCALATION' }.size()", equalTo(1))
                .body("notes[0].text", org.hamcrest.Matchers.startsWith("Not resolved by "));
    }

    @Test
    void theReportCountsBySeverityCategoryAndRootCauseAndNamesRepeatComplainers() {
        String dealer = dealer("dealer-rep-");
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        UUID again = UUID.randomUUID();
        String first = open(manager, again, "LOW", "DELIVERY");
        open(manager, again, "MEDIUM", "DELIVERY");
        open(manager, UUID.randomUUID(), "CRITICAL", "PRODUCT");
        given().auth()
                .oauth2(manager)
                .post("/api/v1/complaints/" + first + "/acknowledge")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"remedy\":\"APOLOGY\",\"rootCause\":\"COMMUNICATION\",\"resolution\":\"Called back\"}")
                .post("/api/v1/complaints/" + first + "/resolve")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(manager)
                .get("/api/v1/complaints/report")
                .then()
                .statusCode(200)
                .body("total.complaints", equalTo(3))
                .body("total.open", equalTo(2))
                .body("total.resolved", equalTo(1))
                .body("total.resolvedInTime", equalTo(1))
                .body("total.acknowledgedInTime", equalTo(1))
                .body("byCategory.find { it.key == 'DELIVERY' }.complaints", equalTo(2))
                .body("byCategory.find { it.key == 'PRODUCT' }.complaints", equalTo(1))
                .body("bySeverity.key", hasItems("LOW", "MEDIUM", "CRITICAL"))
                .body("byRootCause.find { it.key == 'COMMUNICATION' }.complaints", equalTo(1))
                .body("byRootCause.find { it.key == 'NOT_RESOLVED_YET' }.complaints", equalTo(2))
                .body("openByAge[0].severity", equalTo("CRITICAL"))
                .body("openByAge[0].underOneDay", equalTo(1))
                .body("repeatComplainers", org.hamcrest.Matchers.hasSize(1))
                .body("repeatComplainers[0].leadId", equalTo(again.toString()))
                .body("repeatComplainers[0].customerName", equalTo("Liu Yang"))
                .body("repeatComplainers[0].complaints", equalTo(2));
        given().auth()
                .oauth2(manager)
                .get("/api/v1/complaints/report?from=2026-13-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        // a consultant reads no report; another dealer sees none of these
        given().auth()
                .oauth2(TestTokens.of("li.wei", dealer, Roles.CONSULTANT))
                .get("/api/v1/complaints/report")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.of("gao.boss", dealer("dealer-oth-"), Roles.MANAGER))
                .get("/api/v1/complaints/report")
                .then()
                .statusCode(200)
                .body("total.complaints", equalTo(0))
                .body("repeatComplainers", org.hamcrest.Matchers.empty())
                .body("total.meanHoursToResolve", nullValue());
    }
}
