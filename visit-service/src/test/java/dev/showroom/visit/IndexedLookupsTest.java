package dev.showroom.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.events.EventDispatcher;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.RowsRead;
import dev.showroom.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The look-ups an event makes on every capture read the rows they are about, not the dealer's history: counted by
 * PostgreSQL for the transaction itself ({@code pg_stat_xact_user_tables}: rows read by sequential scans and fetched
 * through indexes), with statistics as autovacuum keeps them. The rows seeded here are rolled back.
 */
@QuarkusTest
class IndexedLookupsTest {

    private static final String DEALER = "dealer-sh-01";

    /** Anonymous walk-ins of the past (no lead, no phone): a dealer's history that a capture must not read. */
    private static final int HISTORY = 400;

    private static final String HISTORY_SQL =
            "insert into visit (id, dealer_id, kind, occurred_at, recorded_by, recorded_at) select gen_random_uuid(),"
                    + " ?1, 'WALK_IN', now() - n * interval '1 hour', 'reception', now() from generate_series(1, "
                    + HISTORY + ") n";

    private static final String CALLER_SQL =
            "insert into visit (id, dealer_id, kind, contact_name, contact_phone, occurred_at, recorded_by,"
                    + " recorded_at) values (gen_random_uuid(), ?1, 'CALL', 'Gao Min', ?2, now(), 'reception', now())";

    @Inject
    EntityManager em;

    @Inject
    EventDispatcher dispatcher;

    /**
     * lead.contact links the visits recorded with the person's phone before their lead was known: it reads that visit,
     * not the dealer's {@value #HISTORY} visits without a lead (it read all of them before the index
     * visit_unlinked_phone).
     */
    @Test
    void aCapturesContactReadsOnlyTheVisitsWithItsPhone() {
        UUID lead = UUID.randomUUID();
        String phone = "+86139" + String.format("%08d", (int) (Math.random() * 100_000_000));
        List<EventInbox.Pending<?>> capture = TestEvents.capture(DEALER, lead, "Gao Min", phone).stream()
                .map(dispatcher::prepare)
                .toList();
        long[] read = DealerContext.call(DEALER, () -> {
            QuarkusTransaction.begin();
            try {
                em.createNativeQuery(HISTORY_SQL).setParameter(1, DEALER).executeUpdate();
                // the caller's visit, recorded before lead-service made their lead
                em.createNativeQuery(CALLER_SQL)
                        .setParameter(1, DEALER)
                        .setParameter(2, phone)
                        .executeUpdate();
                em.createNativeQuery("analyze visit").executeUpdate();
                long before = RowsRead.inTransaction(em, "visit");
                capture.get(1).applyEffect(); // lead.contact
                em.flush();
                long during = RowsRead.inTransaction(em, "visit") - before;
                long linked = ((Number)
                                em.createNativeQuery("select count(*) from visit where dealer_id = ?1 and lead_id = ?2")
                                        .setParameter(1, DEALER)
                                        .setParameter(2, lead)
                                        .getSingleResult())
                        .longValue();
                return new long[] {linked, during};
            } finally {
                QuarkusTransaction.rollback();
            }
        });
        assertEquals(1, read[0], "the caller's visit joined their lead");
        // the visit found, and fetched again by id to link it: a handful, not the history
        assertTrue(read[1] < 10, "visit rows read for one lead.contact: " + read[1]);
    }
}
