package dev.showroom.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.events.EventDispatcher;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A capture's lead.created, lead.contact and lead.assigned, applied in one batch as the dispatcher applies a poll,
 * write the lead's copy once: one insert with what the three changed, after the lead's last effect (its copy looked
 * up with the batch's others and not found; docs/benchmarks.md, rounds eight and ten of the capture), and an appointment booked for the lead before its consultant was known still gets the
 * consultant (the update of appointments names its table, so Hibernate does not flush the copy before it).
 */
@QuarkusTest
class CaptureEventsTest {

    private static final String DEALER = "dealer-sh-01";

    @Inject
    EventInbox inbox;

    @Inject
    EventDispatcher dispatcher;

    @Test
    void aLeadsEventsOfOneBatchWriteItsCopyOnceAndFillItsAppointmentsConsultant() throws Exception {
        UUID lead = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(
                        "insert into appointment (id, dealer_id, lead_id, status, scheduled_at, "
                                + "created_at, updated_at) values (?, ?, ?, 'BOOKED', now() + interval '1 day', now(), now())")) {
            ps.setObject(1, appointment);
            ps.setString(2, DEALER);
            ps.setObject(3, lead);
            ps.executeUpdate();
        }
        List<EventInbox.Pending<?>> batch = TestEvents.capture(DEALER, lead, "Gao Min", "+8613900000073").stream()
                .map(dispatcher::prepare)
                .toList();

        assertEquals(3, inbox.applyAll(DEALER, batch));

        try (var c = Postgres.get().connect()) {
            try (var ps = c.prepareStatement(
                    "select name, phone, consultant_id, version from known_lead where dealer_id = ? and lead_id = ?")) {
                ps.setString(1, DEALER);
                ps.setObject(2, lead);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "the copy");
                    assertEquals("Gao Min", rs.getString(1));
                    assertEquals("+8613900000073", rs.getString(2));
                    assertEquals("zhou.min", rs.getString(3), "the assignment, the last event");
                    assertEquals(0, rs.getLong(4), "inserted once, never updated");
                }
            }
            try (var ps = c.prepareStatement("select consultant_id from appointment where id = ?")) {
                ps.setObject(1, appointment);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("li.wei", rs.getString(1), "lead.created's consultant, the first known");
                }
            }
        }
    }
}
