package dev.showroom.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.events.EventDispatcher;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.SessionStatements;
import dev.showroom.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A capture's lead.created, lead.contact and lead.assigned, applied in one batch as the dispatcher applies a poll
 * (key by key), write the customer's copy once: one insert with what the three changed, after the lead's last effect
 * (its copy looked up with the batch's others and not found), not an insert and then an update, nor an update per
 * event (docs/benchmarks.md, rounds eight and ten of the capture).
 */
@QuarkusTest
class CaptureEventsTest {

    private static final String DEALER = "dealer-sh-01";

    @Inject
    EventInbox inbox;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    EntityManager em;

    private List<EventInbox.Pending<?>> capture(UUID lead, String phone) {
        return new ArrayList<>(TestEvents.capture(DEALER, lead, "Gao Min", phone).stream()
                .map(dispatcher::prepare)
                .toList());
    }

    @Test
    void aLeadsEventsOfOneBatchWriteItsCopyOnce() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<EventInbox.Pending<?>> batch = capture(first, "+8613900000071");
        batch.addAll(capture(second, "+8613900000072"));

        assertEquals(6, inbox.applyAll(DEALER, batch));

        for (UUID lead : List.of(first, second)) {
            List<Object> copy = copyOf(lead);
            assertEquals("Gao Min", copy.get(0));
            assertEquals(lead.equals(first) ? "+8613900000071" : "+8613900000072", copy.get(1));
            assertEquals("zhou.min", copy.get(2), "the assignment, the last event");
            assertEquals(0L, copy.get(3), "inserted once, never updated");
        }
    }

    /** The customer's copy of the lead as written: name, phone, consultant, version. */
    private static List<Object> copyOf(UUID lead) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("select name, phone, consultant_id, version from customer "
                        + "where dealer_id = ? and lead_id = ?")) {
            ps.setString(1, DEALER);
            ps.setObject(2, lead);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the copy of " + lead);
                return Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
            }
        }
    }

    @Test
    void aNewLeadsCopyIsInsertedWithLeadCreatedsAssignment() throws Exception {
        UUID lead = UUID.randomUUID();
        var created =
                TestEvents.capture(DEALER, lead, "Gao Min", "+8613900000074").get(0);

        assertEquals(1, inbox.applyAll(DEALER, List.of(dispatcher.prepare(created))));

        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(
                        "select consultant_id, version from customer where dealer_id = ? and lead_id = ?")) {
            ps.setString(1, DEALER);
            ps.setObject(2, lead);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the copy");
                assertEquals("li.wei", rs.getString(1));
                assertEquals(0, rs.getLong(2), "inserted with the assignment, not updated after");
            }
        }
    }

    /**
     * A capture's lead.contact often comes before its lead.created (another topic): the copy is inserted with the
     * contact at once, without the look-up that found nothing first (docs/benchmarks.md, round ten of the capture).
     */
    @Test
    void aNewLeadsContactFirstInsertsTheCopyWithoutALookup() throws Exception {
        UUID lead = UUID.randomUUID();
        List<EventInbox.Pending<?>> capture = capture(lead, "+8613900000076");
        DealerContext.call(
                DEALER,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    assertEquals(1, SessionStatements.during(em, capture.get(1)::applyEffect), "the insert alone");
                    assertEquals(0, SessionStatements.during(em, capture.get(0)::applyEffect), "the session's copy");
                    return null;
                }));
        List<Object> copy = copyOf(lead);
        assertEquals("Gao Min", copy.get(0));
        assertEquals("+8613900000076", copy.get(1));
        assertEquals("li.wei", copy.get(2), "lead.created's assignment");
        assertEquals(1L, copy.get(3), "inserted with the contact, then lead.created's change at the flush");
    }
}
