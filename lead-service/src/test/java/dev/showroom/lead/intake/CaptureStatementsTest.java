package dev.showroom.lead.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.Test;

/**
 * The statements Hibernate prepares in one capture's transaction (docs/benchmarks.md, round six of the capture; the
 * outbox's one statement at commit is written on the session's connection directly and not counted here): a new
 * person's lead is written by one insert that also tells a known phone (no advisory lock, no lookup by phone first),
 * then its contact; a known person's costs the insert that inserts nothing, the lookup, the contact and the lead's
 * update.
 */
@QuarkusTest
class CaptureStatementsTest {

    private static final String DEALER = "dealer-sh-01";

    @Inject
    LeadIntake intake;

    @Inject
    EntityManager em;

    /** Counts the statements the transaction's session prepares (the flush at commit and the outbox's included). */
    private int statementsOf(String phone, boolean created) {
        AtomicInteger statements = new AtomicInteger();
        DealerContext.run(
                DEALER,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    em.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                        @Override
                        public void jdbcPrepareStatementStart() {
                            statements.incrementAndGet();
                        }
                    });
                    LeadIntake.Captured captured = intake.capture(
                            DEALER,
                            Capture.of(
                                    "Counted Statements",
                                    phone,
                                    null,
                                    Channel.WALK_IN,
                                    null,
                                    null,
                                    null,
                                    "li.wei",
                                    "li.wei"));
                    assertEquals(created, captured.created());
                }));
        return statements.get();
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void aNewLeadIsTwoStatementsAndAKnownOneFour() {
        statementsOf(phone(), true); // the dealer's settings and profile are read once, on its first capture
        String phone = phone();
        int created = statementsOf(phone, true);
        // the lead's insert (returning it) and its contact; before: an advisory lock and a lookup by phone came
        // first, then Hibernate's insert of the lead and the contact (4)
        assertEquals(2, created, "a new lead's capture");
        int merged = statementsOf(phone, false);
        // the insert that inserts nothing, the lookup by phone, the contact, the lead's update (updatedAt)
        assertTrue(merged <= 4, "a known person's capture: " + merged);
        assertFalse(merged < 3, "the insert, the lookup, the contact at least: " + merged);
    }
}
