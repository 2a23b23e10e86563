package dev.showroom.order.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.RowsRead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * The manager's approvals (every load of the console's list: {@code GET /api/v1/quotes?status=PENDING_APPROVAL},
 * every consultant's, newest first, one page and its total) read the quotes waiting for approval, not the dealer's
 * history of quotes decided long ago, with the custom plan and with the generic one a prepared statement may take
 * after five executions (the status a parameter). Before the index quote_status the custom plan fetched the pending
 * rows through quote_consultant, but the generic plan read every quote of the dealer for the page (a scan of the
 * table, 452 rows with the module's other tests, 0 pending), and again for the total. Counted by PostgreSQL for the
 * test's transaction ({@code pg_stat_xact_user_tables}), which is rolled back.
 */
@QuarkusTest
class QuoteListLookupTest {

    private static final String DEALER = "dealer-sh-01";
    private static final int PAGE = 20;

    /** Quotes of the past, of several consultants, issued, accepted or decided long ago. */
    private static final int HISTORY = 400;

    private static final String HISTORY_SQL = "insert into quote (id, dealer_id, lead_id, consultant_id, created_by,"
            + " status, model_code, model_name, trim_code, trim_name, colour_code, option_codes, price_date, currency,"
            + " lines, fees, list_price, discount, discount_limit, trade_in_value, fees_total, total, valid_until,"
            + " issued_at, created_at) select gen_random_uuid(), ?1, gen_random_uuid(),"
            + " (array['li.wei', 'chen.jing', 'zhou.tao'])[1 + n % 3], 'li.wei',"
            + " (array['ISSUED', 'ACCEPTED', 'APPROVED', 'REJECTED'])[1 + n % 4], 'M1', 'Model One', 'T1', 'Trim One',"
            + " 'C1', '', current_date - n, 'CNY', '[]', '[]', 200000.00, 5000.00, 10000.00, 0.00, 0.00, 195000.00,"
            + " current_date - n + 7, now() - n * interval '1 day', now() - n * interval '1 day'"
            + " from generate_series(1, " + HISTORY + ") n";

    @Inject
    EntityManager em;

    @Test
    void theApprovalsAreReadWithoutTheDecidedQuotes() {
        long[] result = DealerContext.call(DEALER, () -> {
            QuarkusTransaction.begin();
            try {
                em.createNativeQuery(HISTORY_SQL).setParameter(1, DEALER).executeUpdate();
                em.createNativeQuery("analyze quote").executeUpdate();
                long[] custom = approvalsRead();
                em.createNativeQuery("set local plan_cache_mode = force_generic_plan")
                        .executeUpdate();
                long[] generic = approvalsRead();
                long pending = ((Number) em.createNativeQuery(
                                        "select count(*) from quote where dealer_id = ?1 and status = 'PENDING_APPROVAL'")
                                .setParameter(1, DEALER)
                                .getSingleResult())
                        .longValue(); // made by the module's other tests: the total counts those
                return new long[] {custom[0], custom[1], generic[0], generic[1], pending};
            } finally {
                QuarkusTransaction.rollback();
            }
        });
        long pending = result[4];
        // the total reads the pending quotes, the page at most a page of them
        assertTrue(
                result[0] + result[1] <= pending + PAGE,
                "quote rows read for the manager's approvals, page and total: " + result[0] + " + " + result[1]
                        + ", pending: " + pending);
        // the generic plan's page (before quote_status, a scan of every quote, then a sort); its total may still
        // scan the table while the dealer's rows are not all visible (an index-only scan costs a heap fetch each)
        // and its estimate is a quarter of them
        assertTrue(
                result[2] <= PAGE,
                "quote rows read for the manager's approvals with the generic plan: " + result[2] + " (total: "
                        + result[3] + "), pending: " + pending);
    }

    /** The rows of quote read for the first page of approvals and for its total, as the list asks for them. */
    private long[] approvalsRead() {
        // the list's default order (-createdAt) with the id Sorts.of adds; Pages.of asks for the page, then the total
        var approvals = Quote.listed(
                null,
                QuoteStatus.PENDING_APPROVAL,
                null,
                Sort.descending("createdAt").and("id"));
        long before = RowsRead.inTransaction(em, "quote");
        approvals.page(0, PAGE).list();
        long page = RowsRead.inTransaction(em, "quote");
        approvals.count();
        return new long[] {page - before, RowsRead.inTransaction(em, "quote") - page};
    }
}
