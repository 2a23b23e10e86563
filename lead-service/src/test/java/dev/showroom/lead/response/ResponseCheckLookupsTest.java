package dev.showroom.lead.response;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.RowsRead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The response check runs every minute: both its look-ups (the dealers with a lead waiting, across dealers; a dealer's
 * leads waiting) read the leads it is about (online and referral leads not contacted, checked or erased, within the
 * horizon: whatever the module's other tests left), not the history of leads never contacted nor another channel's
 * (before the index lead_response_due they read every lead never contacted, of every dealer; with its first version,
 * V8_4, a marketing event's never-called list). Rows counted by PostgreSQL; the seeded history is rolled back.
 */
@QuarkusTest
class ResponseCheckLookupsTest {

    private static final String DEALER = "dealer-sh-01";
    private static final int HISTORY = 400;

    /**
     * Never contacted, and out of the check: online leads it handed on (checked an hour after their capture) and
     * referrals erased, over the last 400 hours (partly within the horizon), and leads of a marketing event never
     * called, from before the horizon.
     */
    private static final String HISTORY_SQL =
            "insert into lead (id, dealer_id, name, channel, stage, stage_rank, response_checked_at, erased_at,"
                    + " created_at, updated_at) select gen_random_uuid(), ?1, 'History ' || n,"
                    + " (array['ONLINE', 'CUSTOMER_REFERRAL', 'MARKETING_EVENT'])[1 + n % 3], 'NEW', 0,"
                    + " case when n % 3 = 0 then now() - n * interval '1 hour' + interval '1 hour' end,"
                    + " case when n % 3 = 1 then now() end,"
                    + " now() - n * interval '1 hour' - case when n % 3 = 2 then interval '8 days' else interval '0' end,"
                    + " now() from generate_series(1, " + HISTORY + ") n";

    /**
     * A marketing event's list of prospects, imported and never called, within the horizon: not the check's channels.
     * With them in the index (V8_4), the look-up across dealers read the whole table (5,647 rows in a CI run, where
     * the module's import tests had left 5,000 such leads).
     */
    private static final String IMPORTED_SQL =
            "insert into lead (id, dealer_id, name, channel, stage, stage_rank, created_at, updated_at)"
                    + " select gen_random_uuid(), ?1, 'Imported ' || n, 'MARKETING_EVENT', 'NEW', 0,"
                    + " now() - n * interval '1 minute', now() from generate_series(1, 5000) n";

    private static final String WAITING_SQL = "select count(*) from lead where first_contact_at is null"
            + " and response_checked_at is null and erased_at is null and channel in ('CUSTOMER_REFERRAL', 'ONLINE')"
            + " and created_at > ?1";

    @Inject
    EntityManager em;

    @Inject
    ResponseCheck check;

    @ConfigProperty(name = "showroom.lead.alerts.horizon", defaultValue = "P7D")
    Duration horizon;

    @Test
    void theChecksLookUpsReadTheLeadsWaitingNotTheHistory() {
        Instant now = Instant.now();
        Instant since = now.minus(horizon);
        Instant latest = now.minus(Duration.ofMinutes(30));
        long[] counts = DealerContext.call(DEALER, () -> {
            QuarkusTransaction.begin();
            try {
                em.createNativeQuery(HISTORY_SQL).setParameter(1, DEALER).executeUpdate();
                em.createNativeQuery(IMPORTED_SQL).setParameter(1, DEALER).executeUpdate();
                em.createNativeQuery("analyze lead").executeUpdate();
                long dealers = em.unwrap(Session.class)
                        .doReturningWork(c -> RowsRead.of(c, "lead", ResponseCheck.DEALERS_WAITING, since));
                long before = RowsRead.inTransaction(em, "lead");
                check.waiting(since, latest);
                long dealersLeads = RowsRead.inTransaction(em, "lead") - before;
                // the leads the check is about, which the module's other tests add to: the look-ups must read
                // those, and no others
                long waiting = ((Number) em.createNativeQuery(WAITING_SQL)
                                .setParameter(1, since)
                                .getSingleResult())
                        .longValue();
                long dealersWaiting = ((Number)
                                em.createNativeQuery(WAITING_SQL + " and created_at <= ?2 and dealer_id = ?3")
                                        .setParameter(1, since)
                                        .setParameter(2, latest)
                                        .setParameter(3, DEALER)
                                        .getSingleResult())
                        .longValue();
                return new long[] {dealers, waiting, dealersLeads, dealersWaiting};
            } finally {
                QuarkusTransaction.rollback();
            }
        });
        assertAll(
                () -> assertTrue(
                        counts[0] <= counts[1],
                        "lead rows read to find the dealers with a lead waiting: " + counts[0] + ", waiting: "
                                + counts[1]),
                () -> assertTrue(
                        counts[2] <= counts[3],
                        "lead rows read for the dealer's leads waiting: " + counts[2] + ", waiting: " + counts[3]));
    }
}
