package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * known_lead is the platform's LeadCopy: keyed by dealer and lead, newest assignment wins by the event's
 * time, an erased person stays erased.
 */
@QuarkusTest
class LeadCopyTest {

    @Test
    void anEventOfAnotherDealerForTheSameLeadIdLeavesTheCopyAlone() {
        UUID lead = UUID.randomUUID();
        applied(created(lead, DEALER, "Gao Min", "+8613911110001", "li.wei", "2026-01-05T08:00:00Z"));
        applied(created(lead, OTHER_DEALER, "Forged Name", "+8613911110002", "mallory", "2026-01-05T10:00:00Z"));

        assertEquals("Gao Min", db("select name from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        assertEquals(
                "+8613911110001", db("select phone from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        assertEquals(
                "li.wei", db("select consultant_id from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
    }

    @Test
    void aLateLeadCreatedDoesNotUndoANewerAssignmentAndErasedStaysErased() {
        UUID lead = UUID.randomUUID();
        applied(TestEvents.send(
                "lead.assigned",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER
                        + "\",\"consultantId\":\"zhou.new\",\"assignedAt\":\"2026-01-05T09:00:00Z\"}"));
        applied(created(lead, DEALER, "Gao Min", "+8613911110003", "li.wei", "2026-01-05T08:00:00Z"));
        assertEquals(
                "zhou.new",
                db("select consultant_id from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));

        applied(TestEvents.send(
                "customer.erasure-requested",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER
                        + "\",\"requestedAt\":\"2026-01-06T08:00:00Z\"}"));
        applied(created(lead, DEALER, "Gao Min", "+8613911110003", "li.wei", "2026-01-05T08:00:00Z"));
        assertNotNull(db("select erased_at from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        assertNull(db("select name from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        assertNull(db("select phone from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
    }

    /**
     * Item 11: lead.contact is the only source of the name and phone; its tombstone and a late value do not
     * bring an erased person back, and neither goes to the dead-letter topic.
     */
    @Test
    void theContactComesFromLeadContactAndATombstoneOrALateValueLeavesAnErasedCopyBlank() {
        UUID lead = UUID.randomUUID();
        applied(TestEvents.send(
                "lead.created",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\""
                        + DEALER + "\",\"channel\":\"WALK_IN\",\"consultantId\":\"li.wei\",\"createdAt\":\""
                        + Instant.now()
                        + "\"}"));
        assertNull(db("select phone from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        applied(leadContact(lead, DEALER, "Qin Yu", "+8613911110004"));
        assertEquals("Qin Yu", db("select name from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        assertEquals(
                "+8613911110004", db("select phone from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));

        applied(TestEvents.send(
                "customer.erasure-requested",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\",\"requestedAt\":\"" + Instant.now()
                        + "\"}"));
        String tombstone = TestEvents.send("lead.contact", lead.toString(), null);
        applied(leadContact(lead, DEALER, "Qin Yu", "+8613911110004"));
        assertNull(db("select name from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        assertNull(db("select phone from known_lead where dealer_id = ? and lead_id = ?", DEALER, lead));
        assertNull(
                db("select event_id from processed_event where event_id = ?", tombstone),
                "a tombstone changes nothing");
        assertEquals(
                List.of(),
                TestEvents.all("visit-service.dlq", r -> lead.toString().equals(r.key())),
                "nothing of the lead is poison");
    }

    static String created(UUID lead, String dealer, String name, String phone, String consultant, String at) {
        String ceId = TestEvents.send(
                "lead.created",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\""
                        + dealer + "\",\"channel\":\"WALK_IN\",\"consultantId\":\"" + consultant + "\",\"createdAt\":\""
                        + at
                        + "\"}");
        applied(leadContact(lead, dealer, name, phone));
        return ceId;
    }

    /** Waits until visit-service has applied the event (its ce_id is in processed_event). */
    static void applied(String ceId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db("select event_id from processed_event where event_id = ?", ceId) != null);
    }
}
