package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 3: nothing takes ownership of a customer implicitly, and a consultant's ownership check
 * denies when this service's copy of the lead is missing. The consultant of record of a visit, test drive,
 * needs analysis or appointment comes from the lead's copy, not from who typed it.
 */
@QuarkusTest
class CustomerOwnershipTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ME = "ownership.consultant";

    static Map<String, Object> walkIn(UUID leadId) {
        return Map.of(
                "leadId",
                leadId.toString(),
                "arrivalAt",
                Instant.now().minus(10, ChronoUnit.MINUTES).toString(),
                "partySize",
                1,
                "checkpoints",
                ReceptionTest.walkInCheckpoints(true, true, true, true));
    }

    static Map<String, Object> needs(UUID leadId) {
        return Map.of("leadId", leadId.toString(), "neads", Map.of("nowDriving", "a bicycle"), "form", Map.of());
    }

    static Map<String, Object> appointment(UUID leadId) {
        return Map.of(
                "leadId",
                leadId.toString(),
                "scheduledAt",
                Instant.now()
                        .plus(2, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
    }

    static Map<String, Object> testDrive(UUID leadId) {
        Instant start = Instant.now()
                .plus(5, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.HOURS)
                .plus(java.util.concurrent.ThreadLocalRandom.current().nextInt(1000), ChronoUnit.HOURS);
        return TestDriveTest.booking(
                TestDriveTest.demoCar("Ownership S"), leadId, start, start.plus(45, ChronoUnit.MINUTES));
    }

    @Test
    void aConsultantIsRefusedWorkOnALeadThisServiceHasNoCopyOf() {
        UUID unknown = UUID.randomUUID();
        String me = consultant(ME);
        for (var attempt : Map.of(
                        "/api/v1/visits/walk-ins",
                        walkIn(unknown),
                        "/api/v1/test-drives",
                        testDrive(unknown),
                        "/api/v1/needs-analyses",
                        needs(unknown),
                        "/api/v1/appointments",
                        appointment(unknown))
                .entrySet()) {
            post(me, attempt.getKey(), attempt.getValue())
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("Lead"));
        }
        assertEquals(0L, db("select count(*) from visit where lead_id = ?", unknown));
        assertEquals(0L, db("select count(*) from test_drive where lead_id = ?", unknown));
        assertEquals(0L, db("select count(*) from needs_analysis where lead_id = ?", unknown));
        assertEquals(0L, db("select count(*) from appointment where lead_id = ?", unknown));
        // a manager still may: the copy may simply not have arrived yet, and a manager takes nobody's customer
        post(MANAGER, "/api/v1/visits/walk-ins", walkIn(unknown))
                .statusCode(201)
                .body("consultantId", nullValue());
    }

    @Test
    void aConsultantDoesNotBecomeTheOwnerOfAnUnassignedLeadByRecordingWorkOnIt() {
        UUID unassigned = UUID.randomUUID();
        leadCreated(unassigned, "Nobody's Yet", "+86" + mobile(), null, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        db("select 1 from known_lead where dealer_id = ? and lead_id = ?", DEALER, unassigned) != null);
        String me = consultant(ME);
        for (var attempt : Map.of(
                        "/api/v1/visits/walk-ins",
                        walkIn(unassigned),
                        "/api/v1/test-drives",
                        testDrive(unassigned),
                        "/api/v1/needs-analyses",
                        needs(unassigned),
                        "/api/v1/appointments",
                        appointment(unassigned))
                .entrySet()) {
            post(me, attempt.getKey(), attempt.getValue()).statusCode(404).contentType("application/problem+json");
        }
        assertEquals(0L, db("select count(*) from visit where lead_id = ?", unassigned));
        assertTrue(
                TestEvents.all("visit.recorded", r -> unassigned.toString().equals(r.key()))
                        .isEmpty(),
                "no visit.recorded names the consultant for lead-service to adopt");
    }

    @Test
    void theConsultantOfRecordIsTheCopysNotWhoTyped() throws Exception {
        UUID mine = UUID.randomUUID();
        leadCreated(mine, "My Customer", "+86" + mobile(), ME, null);
        awaitKnown(mine, ME);
        String me = consultant(ME);
        post(me, "/api/v1/visits/walk-ins", walkIn(mine)).statusCode(201).body("consultantId", equalTo(ME));
        post(me, "/api/v1/test-drives", testDrive(mine)).statusCode(201).body("consultantId", equalTo(ME));
        post(me, "/api/v1/needs-analyses", needs(mine)).statusCode(201).body("consultantId", equalTo(ME));
        post(me, "/api/v1/appointments", appointment(mine)).statusCode(201).body("consultantId", equalTo(ME));

        // an unknown caller recorded by a consultant: the visit names no consultant, lead-service assigns by its
        // rules, and the visit takes the consultant lead.created names
        String phone = mobile();
        String visitId = post(
                        me,
                        "/api/v1/visits/calls",
                        Map.of(
                                "contact",
                                Map.of("name", "New Caller", "phone", phone),
                                "ringCount",
                                2,
                                "checkpoints",
                                ReceptionTest.callCheckpoints(true, true, true, true)))
                .statusCode(201)
                .body("consultantId", nullValue())
                .extract()
                .path("id");
        JsonNode recorded = JSON.readTree(
                TestEvents.await("visit.recorded", r -> visitId.equals(r.key())).value());
        assertTrue(recorded.get("consultantId").isNull(), recorded.toString());
        UUID lead = UUID.randomUUID();
        leadCreated(lead, "New Caller", "+86" + phone, "rota.pick", UUID.fromString(visitId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "rota.pick"
                        .equals(db("select consultant_id from visit where id = ?", UUID.fromString(visitId))));
        assertEquals(
                0L,
                db(
                        "select count(*) from visit_checkpoint where visit_id = ? and consultant_id is distinct from ?",
                        UUID.fromString(visitId),
                        "rota.pick"),
                "the checkpoints count for the consultant of record");
    }
}
