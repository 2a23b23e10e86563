package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Campaigns (issue 19): kept by the manager with ETag/If-Match, paged and sorted; leads point to them from the
 * staff capture, the public form and an import; the report counts each campaign's funnel from the real events and
 * divides its budget by each count.
 */
@QuarkusTest
class CampaignsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String OTHER_MANAGER = TestTokens.of("wu.manager", OTHER_DEALER, Roles.MANAGER);

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> campaign(String name, LocalDate from, LocalDate to, String budget) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("channel", "MARKETING_EVENT");
        body.put("startsOn", from.toString());
        body.put("endsOn", to.toString());
        body.put("budget", budget);
        return body;
    }

    static String createCampaign(String name, String budget) {
        LocalDate today = LocalDate.now(ZONE);
        return as(MANAGER)
                .body(campaign(name, today.minusDays(3), today.plusDays(3), budget))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * The reception's call and walk-in forms name a campaign (visit-service's visit.contact): the unknown visitor's
     * new lead points to it and lead.created says so (schema-valid), for hq and integrators; a campaign not the
     * dealer's is ignored, as on the public form.
     */
    @Test
    void aVisitorTheReceptionNamedACampaignForIsItsLead() throws Exception {
        String campaign = createCampaign("Reception fair " + UUID.randomUUID(), "9000.00");
        String local = mobile();
        String visitId = UUID.randomUUID().toString();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = json.readValue(
                StageEventsTest.visitContact(visitId, "WALK_IN", "Fair Visitor", e164(local)), Map.class);
        contact.put("campaignId", campaign);
        TestEvents.send("visit.contact", visitId, json.writeValueAsString(contact));
        String stranger = mobile();
        String otherVisit = UUID.randomUUID().toString();
        @SuppressWarnings("unchecked")
        Map<String, Object> other = json.readValue(
                StageEventsTest.visitContact(otherVisit, "CALL", "Other Caller", e164(stranger)), Map.class);
        other.put("campaignId", UUID.randomUUID().toString());
        TestEvents.send("visit.contact", otherVisit, json.writeValueAsString(other));

        String lead = awaitLeadOf(local);
        as(MANAGER).get("/api/v1/leads/" + lead).then().statusCode(200).body("campaignId", equalTo(campaign));
        var created = TestEvents.await("lead.created", r -> lead.equals(r.key()));
        dev.showroom.testing.EventContract.assertValid(created);
        assertEquals(campaign, json.readTree(created.value()).get("campaignId").asText());
        String unknown = awaitLeadOf(stranger);
        as(MANAGER).get("/api/v1/leads/" + unknown).then().statusCode(200).body("campaignId", nullValue());
    }

    /** The lead lead-service made of a visitor's contact with this local phone, once it is there. */
    static String awaitLeadOf(String local) {
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(
                        () -> as(MANAGER)
                                .queryParam("q", local)
                                .get("/api/v1/leads")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("items[0].id"),
                        java.util.Objects::nonNull);
    }

    @Test
    void aManagerKeepsCampaignsAtTheVersionRead() {
        LocalDate today = LocalDate.now(ZONE);
        var created = as(MANAGER)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(campaign("Autumn show " + UUID.randomUUID(), today, today.plusDays(2), "50000.00"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("budget", equalTo(50000.00f))
                .body("currency", equalTo("CNY"))
                .extract();
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/campaigns/" + id));
        // the rules, each naming its field
        as(MANAGER)
                .body(campaign("Bad", today, today.minusDays(1), "-5"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("endsOn", "budget")))
                .body("errors.rule", equalTo(List.of("notBeforeStart", "notNegative")));
        // not a consultant's to write; another dealer's is not found
        as(consultant("li.wei"))
                .body(campaign("Mine", today, today, "1"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(403);
        as(consultant("li.wei")).get("/api/v1/campaigns/" + id).then().statusCode(200);
        as(OTHER_MANAGER).get("/api/v1/campaigns/" + id).then().statusCode(404);
        // a change needs If-Match: without 428, stale 412, current 200 with the next ETag
        Map<String, Object> changed = campaign("Autumn show (extended)", today, today.plusDays(9), "65000.00");
        as(MANAGER).body(changed).put("/api/v1/campaigns/" + id).then().statusCode(428);
        as(MANAGER)
                .header("If-Match", "\"7\"")
                .body(changed)
                .put("/api/v1/campaigns/" + id)
                .then()
                .statusCode(412);
        as(MANAGER)
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/api/v1/campaigns/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Autumn show (extended)"))
                .body("endsOn", equalTo(today.plusDays(9).toString()));
        // the list pages and sorts; another key is refused
        as(MANAGER)
                .queryParam("sort", "-budget")
                .queryParam("size", 100)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as(MANAGER)
                .queryParam("runningOn", today.plusDays(8).toString())
                .queryParam("size", 100)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as(MANAGER)
                .queryParam("sort", "note")
                .get("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(OTHER_MANAGER)
                .queryParam("size", 100)
                .get("/api/v1/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        // one no lead points to may go, at its version
        as(MANAGER).delete("/api/v1/campaigns/" + id).then().statusCode(428);
        as(MANAGER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/campaigns/" + id)
                .then()
                .statusCode(204);
        as(MANAGER).get("/api/v1/campaigns/" + id).then().statusCode(404);
    }

    @Test
    void leadsPointToTheirCampaignFromEveryCaptureAndTheReportCostsThem() {
        String fair = createCampaign("Car fair " + UUID.randomUUID(), "90000.00");
        String idle = createCampaign("Radio spot " + UUID.randomUUID(), "12000.00");
        // the staff capture names it; an unknown campaign is a 400 naming the field
        Map<String, Object> body = new HashMap<>(
                Map.of("name", "Fair Visitor", "phone", mobile(), "channel", "MARKETING_EVENT", "campaignId", fair));
        String a = create(MANAGER, body)
                .statusCode(201)
                .body("campaignId", equalTo(fair))
                .extract()
                .path("id");
        Map<String, Object> unknown = new HashMap<>(Map.of(
                "name", "Nobody", "phone", mobile(), "channel", "MARKETING_EVENT", "campaignId", UUID.randomUUID()));
        create(MANAGER, unknown)
                .statusCode(400)
                .body("errors[0].field", equalTo("campaignId"))
                .body("errors[0].rule", equalTo("knownCampaign"));
        // another dealer's campaign is not this dealer's
        String theirs = as(OTHER_MANAGER)
                .body(campaign("Beijing fair", LocalDate.now(ZONE), LocalDate.now(ZONE), "1000"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        unknown.put("campaignId", theirs);
        create(MANAGER, unknown).statusCode(400).body("errors[0].field", equalTo("campaignId"));
        // the public form's ?campaign= (through the gateway): a new person points to it; an unknown one is ignored
        String web = mobile();
        Map<String, Object> form = PublicEnquiryTest.form(DEALER, web);
        form.put("campaignId", fair);
        PublicEnquiryTest.enquire(form).statusCode(201);
        String b = as(MANAGER)
                .queryParam("q", web)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items[0].campaignId", equalTo(fair))
                .extract()
                .path("items[0].id");
        Map<String, Object> stale = PublicEnquiryTest.form(DEALER, mobile());
        stale.put("campaignId", UUID.randomUUID().toString());
        PublicEnquiryTest.enquire(stale).statusCode(201);
        // an import names it for every record
        String c = given().auth()
                .oauth2(MANAGER)
                .contentType("text/csv")
                .queryParam("campaignId", fair)
                .body("name,phone\r\nImported Visitor," + mobile() + "\r\n")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .extract()
                .path("records[0].leadId");
        as(MANAGER).get("/api/v1/leads/" + c).then().body("campaignId", equalTo(fair));
        given().auth()
                .oauth2(MANAGER)
                .contentType("text/csv")
                .queryParam("campaignId", UUID.randomUUID())
                .body("name,phone\r\nImported Visitor," + mobile() + "\r\n")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("campaignId"));
        // the funnel through the real events: a test-driven and ordered, b test-driven, c only captured
        List<String> applied = List.of(
                TestEvents.send(
                        "testdrive.completed",
                        a,
                        StageEventsTest.json(
                                "testDriveId",
                                UUID.randomUUID().toString(),
                                "dealerId",
                                DEALER,
                                "leadId",
                                a,
                                "completedAt",
                                Instant.now())),
                TestEvents.send(
                        "testdrive.completed",
                        b,
                        StageEventsTest.json(
                                "testDriveId",
                                UUID.randomUUID().toString(),
                                "dealerId",
                                DEALER,
                                "leadId",
                                b,
                                "completedAt",
                                Instant.now())),
                TestEvents.send(
                        "order.signed",
                        a,
                        StageEventsTest.json(
                                "orderId",
                                UUID.randomUUID().toString(),
                                "orderNumber",
                                "C-1",
                                "dealerId",
                                DEALER,
                                "leadId",
                                a,
                                "depositState",
                                "PAID",
                                "signedAt",
                                Instant.now())));
        applied.forEach(StageEventsTest::awaitApplied);
        var report = as(MANAGER)
                .get("/api/v1/campaigns/report")
                .then()
                .statusCode(200)
                .body("currency", equalTo("CNY"))
                .extract()
                .jsonPath();
        String at = "campaigns.find { it.campaignId == '" + fair + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(3, report.getInt(at + ".leads"));
        org.junit.jupiter.api.Assertions.assertEquals(2, report.getInt(at + ".testDriven"));
        org.junit.jupiter.api.Assertions.assertEquals(1, report.getInt(at + ".ordered"));
        org.junit.jupiter.api.Assertions.assertEquals(30000.0f, report.getFloat(at + ".cost.perLead"));
        org.junit.jupiter.api.Assertions.assertEquals(45000.0f, report.getFloat(at + ".cost.perTestDrive"));
        org.junit.jupiter.api.Assertions.assertEquals(90000.0f, report.getFloat(at + ".cost.perOrder"));
        String none = "campaigns.find { it.campaignId == '" + idle + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(0, report.getInt(none + ".leads"));
        org.junit.jupiter.api.Assertions.assertNull(report.get(none + ".cost.perLead"));
        // the report is the manager's; a campaign with leads stays
        as(consultant("li.wei")).get("/api/v1/campaigns/report").then().statusCode(403);
        as(MANAGER)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/campaigns/" + fair)
                .then()
                .statusCode(409);
        as(MANAGER)
                .get("/api/v1/leads/" + a)
                .then()
                .body("campaignId", equalTo(fair))
                .body("erased", equalTo(false));
        as(MANAGER).get("/api/v1/campaigns/" + idle).then().body("note", nullValue());
    }
}
