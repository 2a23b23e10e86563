package dev.showroom.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.events.EventDispatcher;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.SessionStatements;
import dev.showroom.testing.TestEvents;
import dev.showroom.visit.appointment.Appointments;
import dev.showroom.visit.customer.KnownLead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a lead's copy costs in statements (docs/benchmarks.md, round seven of the capture): the copy of a lead that
 * lead.created announces is inserted first ({@code LeadCopy.createOrFind}): one statement where {@code findOrCreate}
 * looks it up, finds nothing and inserts it; the copy the session holds costs none; one already in the table is found
 * after the insert that inserts nothing. The new copy is written from the entity and managed as written: a change to
 * it is written at the flush, and its version moves from 0.
 */
@QuarkusTest
class NewCopyStatementsTest {

    private static final String DEALER = "dealer-sh-01";

    @Inject
    EntityManager em;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    Appointments appointments;

    /** The statements the session prepares while {@code work} runs (in the caller's transaction). */
    private int statements(Runnable work) {
        return SessionStatements.during(em, work);
    }

    /** A capture's lead.created, lead.contact and lead.assigned, read as a poll reads them. */
    private List<EventInbox.Pending<?>> capture(UUID lead, String phone) {
        return TestEvents.capture(DEALER, lead, "Gao Min", phone).stream()
                .map(dispatcher::prepare)
                .toList();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return DealerContext.call(
                DEALER, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    @Test
    void aNewLeadsCopyIsOneStatementAndTheSessionsCopyNone() {
        UUID lead = UUID.randomUUID();
        inTransaction(() -> {
            KnownLead[] copy = new KnownLead[1];
            assertEquals(1, statements(() -> copy[0] = KnownLead.createOrFind(lead, k -> {})), "the insert alone");
            assertEquals(
                    0, statements(() -> assertSame(copy[0], KnownLead.createOrFind(lead, k -> {}))), "the session's");
            assertEquals(0, statements(() -> assertSame(copy[0], KnownLead.findOrCreate(lead))), "the session's");
            copy[0].assigned("li.wei", Instant.parse("2026-12-06T08:00:00Z"));
            return null;
        });
        KnownLead written = inTransaction(() -> KnownLead.byLead(lead));
        assertNotNull(written, "the copy was written");
        assertEquals("li.wei", written.consultantId, "the change after the insert was written at the flush");
        assertEquals(1, written.version, "one update after the insert");
    }

    @Test
    void findOrCreateLooksUpFirstAndACopyInTheTableIsFoundAfterTheInsertThatInsertsNothing() {
        UUID lead = UUID.randomUUID();
        int looked = inTransaction(() -> statements(() -> KnownLead.findOrCreate(lead)));
        assertEquals(2, looked, "the lookup that finds nothing, then the insert");
        inTransaction(() -> {
            KnownLead[] found = new KnownLead[1];
            assertEquals(
                    2, statements(() -> found[0] = KnownLead.createOrFind(lead, k -> {})), "the insert, the lookup");
            assertEquals(lead, found[0].leadId);
            assertTrue(em.contains(found[0]), "the table's row, managed");
            return null;
        });
    }

    /**
     * A capture's lead.contact often comes before its lead.created (another topic): its copy is inserted with the
     * contact at once, the lookup that found nothing first is gone (round ten); lead.created then finds the session's
     * copy.
     */
    @Test
    void aNewLeadsContactFirstInsertsTheCopyWithoutALookup() {
        UUID lead = UUID.randomUUID();
        List<EventInbox.Pending<?>> capture = capture(lead, "+8613900000081");
        EventInbox.Pending<?> created = capture.get(0);
        EventInbox.Pending<?> contact = capture.get(1);
        inTransaction(() -> {
            assertEquals(
                    2,
                    statements(contact::applyEffect),
                    "the copy's insert and the look-up of unlinked visits with the phone, no look-up of the copy");
            KnownLead copy = KnownLead.byLead(lead);
            assertEquals("+8613900000081", copy.phone, "inserted with the contact");
            assertEquals(0, copy.version, "as inserted");
            statements(created::applyEffect);
            assertSame(copy, KnownLead.byLead(lead), "lead.created took the session's copy");
            assertEquals("li.wei", copy.consultantId);
            return null;
        });
    }

    /**
     * A capture's lead.assigned finds the copy naming a consultant already (lead.created's): the appointments booked
     * for the lead since took that consultant and those booked before were filled by lead.created, so there is nothing
     * to fill (round eleven of the capture: it updated none every time).
     */
    @Test
    void aReassignmentOfACopyThatNamesAConsultantFillsNoAppointments() {
        UUID lead = UUID.randomUUID();
        List<EventInbox.Pending<?>> capture = capture(lead, "+8613900000082");
        inTransaction(() -> {
            capture.get(1).applyEffect();
            capture.get(0).applyEffect();
            assertEquals(0, statements(capture.get(2)::applyEffect), "the session's copy, no update of appointments");
            assertEquals("zhou.min", KnownLead.byLead(lead).consultantId);
            return null;
        });
    }

    /**
     * The same when the capture's lead.assigned comes first (another topic): it makes the copy and fills, lead.created
     * then finds a consultant named and fills nothing (before: 2 statements, the look-up of the lead's visits and the
     * update of its appointments).
     */
    @Test
    void lateLeadCreatedOfACopyThatNamesAConsultantFillsNoAppointments() {
        UUID lead = UUID.randomUUID();
        List<EventInbox.Pending<?>> capture = capture(lead, "+8613900000083");
        inTransaction(() -> {
            capture.get(2).applyEffect();
            assertEquals(1, statements(capture.get(0)::applyEffect), "the look-up of the lead's visits alone");
            assertEquals("zhou.min", KnownLead.byLead(lead).consultantId, "the newer assignment stays");
            return null;
        });
    }

    /** What makes that safe: an appointment booked without a consultant for a lead whose copy names one takes them. */
    @Test
    void anAppointmentBookedWithoutAConsultantTakesTheLeadsConsultant() {
        UUID lead = UUID.randomUUID();
        inTransaction(() -> KnownLead.createOrFind(lead, k -> k.assigned("li.wei", Instant.now())));
        String consultant = inTransaction(
                () -> appointments.book(lead, null, null, Instant.now().plusSeconds(86_400), "Showroom visit", null)
                        .consultantId);
        assertEquals("li.wei", consultant);
    }
}
