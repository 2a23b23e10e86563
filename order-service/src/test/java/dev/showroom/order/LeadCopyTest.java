package dev.showroom.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The customer copy is the platform's LeadCopy: newest assignment wins by the event's time, not its
 * arrival; one dealer's event never touches another dealer's copy of the same lead id.
 */
@QuarkusTest
class LeadCopyTest {

    @Test
    void aLateLeadCreatedDoesNotUndoANewerAssignment() throws Exception {
        UUID lead = UUID.randomUUID();
        applied(TestEvents.send(
                "lead.assigned",
                lead.toString(),
                "{\"leadId\":\"" + lead
                        + "\",\"dealerId\":\"dealer-sh-01\",\"consultantId\":\"zhou.new\",\"previousConsultantId\":\"li.wei\","
                        + "\"assignedAt\":\"2026-01-05T09:00:00Z\"}"));
        applied(created(lead, "dealer-sh-01", "Gao Min", "+8613900000001", "li.wei", "2026-01-05T08:00:00Z"));

        assertEquals(
                "zhou.new",
                value("select consultant_id from customer where dealer_id = ? and lead_id = ?", "dealer-sh-01", lead));
        assertEquals(
                "Gao Min",
                value("select name from customer where dealer_id = ? and lead_id = ?", "dealer-sh-01", lead));
    }

    @Test
    void anEventOfAnotherDealerForTheSameLeadIdLeavesTheCopyAlone() throws Exception {
        UUID lead = UUID.randomUUID();
        applied(created(lead, "dealer-sh-01", "Gao Min", "+8613900000002", "li.wei", "2026-01-05T08:00:00Z"));
        applied(created(lead, "dealer-bj-02", "Forged Name", "+8613900000003", "mallory", "2026-01-05T10:00:00Z"));
        applied(
                TestEvents.send(
                        "lead.assigned",
                        lead.toString(),
                        "{\"leadId\":\"" + lead
                                + "\",\"dealerId\":\"dealer-bj-02\",\"consultantId\":\"mallory\",\"assignedAt\":\"2026-01-05T11:00:00Z\"}"));

        assertEquals(
                "Gao Min",
                value("select name from customer where dealer_id = ? and lead_id = ?", "dealer-sh-01", lead));
        assertEquals(
                "+8613900000002",
                value("select phone from customer where dealer_id = ? and lead_id = ?", "dealer-sh-01", lead));
        assertEquals(
                "li.wei",
                value("select consultant_id from customer where dealer_id = ? and lead_id = ?", "dealer-sh-01", lead));
    }

    /** lead.created (ids only) and the lead's contact on lead.contact; returns lead.created's ce_id. */
    static String created(UUID lead, String dealer, String name, String phone, String consultant, String at) {
        String ceId = TestEvents.send(
                "lead.created",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\""
                        + dealer + "\",\"channel\":\"WALK_IN\",\"consultantId\":\"" + consultant + "\",\"createdAt\":\""
                        + at
                        + "\"}");
        applied(Fixtures.contact(lead, dealer, name, phone));
        return ceId;
    }

    /** Waits until order-service has applied the event (its ce_id is in processed_event). */
    static void applied(String ceId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> value("select event_id from processed_event where event_id = ?", ceId) != null);
    }

    static String value(String sql, Object... params) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
