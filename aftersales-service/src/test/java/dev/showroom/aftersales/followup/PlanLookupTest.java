package dev.showroom.aftersales.followup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.RowsRead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * order.delivered plans the after-delivery calls once: the look-up for a plan already made reads that order's calls,
 * not every call of the dealer's history (it read all of them before it named the plan's index). Counted by
 * PostgreSQL for the test's transaction ({@code pg_stat_xact_user_tables}), which is rolled back.
 */
@QuarkusTest
class PlanLookupTest {

    private static final String DEALER = "dealer-sh-01";

    /** Calls of the past: after-delivery calls of other orders and periodic survey calls. */
    private static final int HISTORY = 400;

    private static final String HISTORY_SQL = "insert into follow_up_call (id, dealer_id, lead_id, order_id, purpose,"
            + " day_offset, due_at, status, created_at) select gen_random_uuid(), ?1, gen_random_uuid(),"
            + " gen_random_uuid(), (array['AFTER_DELIVERY', 'PERIODIC_SURVEY'])[1 + n % 2],"
            + " case when n % 2 = 0 then 7 end, now() - n * interval '1 day', 'DONE', now() - n * interval '1 day'"
            + " from generate_series(1, " + HISTORY + ") n";

    @Inject
    EntityManager em;

    @Inject
    FollowUpPlanner planner;

    @Test
    void aDeliveryReadsItsOwnOrdersCallsNotTheDealersHistory() {
        Customer customer = new Customer();
        customer.dealerId = DEALER;
        customer.leadId = UUID.randomUUID();
        customer.orderId = UUID.randomUUID();
        customer.deliveredAt = Instant.now();
        long[] result = DealerContext.call(DEALER, () -> {
            QuarkusTransaction.begin();
            try {
                em.createNativeQuery(HISTORY_SQL).setParameter(1, DEALER).executeUpdate();
                em.createNativeQuery("analyze follow_up_call").executeUpdate();
                long before = RowsRead.inTransaction(em, "follow_up_call");
                planner.planAfterDelivery(DEALER, customer);
                long read = RowsRead.inTransaction(em, "follow_up_call") - before;
                em.flush();
                long planned = ((Number) em.createNativeQuery(
                                        "select count(*) from follow_up_call where dealer_id = ?1 and order_id = ?2")
                                .setParameter(1, DEALER)
                                .setParameter(2, customer.orderId)
                                .getSingleResult())
                        .longValue();
                return new long[] {read, planned};
            } finally {
                QuarkusTransaction.rollback();
            }
        });
        assertTrue(result[1] > 0, "the delivery was planned");
        assertTrue(result[0] < 10, "follow-up call rows read to find a plan already made: " + result[0]);
    }
}
