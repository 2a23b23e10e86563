package dev.showroom.order.status;

import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed "where is my car" attempts per order number, in the service's database so that every replica
 * counts the same: after {@code max-failures} wrong answers within {@code window} the number is locked for
 * {@code lockout}, whatever phone digits come next. The last four digits have only 10,000 values; the rate
 * limit per address alone does not stop a botnet walking through them for one order.
 */
@ApplicationScoped
public class StatusAttempts {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "showroom.order-status.max-failures", defaultValue = "5")
    int maxFailures;

    @ConfigProperty(name = "showroom.order-status.window", defaultValue = "15m")
    Duration window;

    @ConfigProperty(name = "showroom.order-status.lockout", defaultValue = "15m")
    Duration lockout;

    /** Seconds until the number may be asked about again, or 0 when it is not locked. */
    @Transactional
    public long lockedForSeconds(String orderNumber, Instant now) {
        return DealerContext.withoutDealer(() -> {
            List<?> rows = em.createNativeQuery("select locked_until from order_status_attempt where order_number = ?1")
                    .setParameter(1, orderNumber)
                    .getResultList();
            if (rows.isEmpty() || rows.get(0) == null) {
                return 0L;
            }
            Instant until = instant(rows.get(0));
            return until.isAfter(now) ? Math.max(1, Duration.between(now, until).toSeconds() + 1) : 0L;
        });
    }

    /** One more wrong answer; the failure that reaches the limit locks the number. */
    @Transactional
    public void failed(String orderNumber, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        DealerContext.withoutDealer(() -> em.createNativeQuery("""
                insert into order_status_attempt as a (order_number, failures, first_failure, locked_until)
                values (?1, 1, cast(?2 as timestamptz), case when 1 >= cast(?3 as int) then cast(?4 as timestamptz) end)
                on conflict (order_number) do update set
                    failures = case when a.first_failure < cast(?5 as timestamptz) then 1 else a.failures + 1 end,
                    first_failure = case when a.first_failure < cast(?5 as timestamptz) then excluded.first_failure
                                         else a.first_failure end,
                    locked_until = case when a.first_failure >= cast(?5 as timestamptz) and a.failures + 1 >= cast(?3 as int)
                                        then cast(?4 as timestamptz) else a.locked_until end
                """)
                .setParameter(1, orderNumber)
                .setParameter(2, at)
                .setParameter(3, maxFailures)
                .setParameter(4, at.plus(lockout))
                .setParameter(5, at.minus(window))
                .executeUpdate());
    }

    /** The right answer clears the count. */
    @Transactional
    public void succeeded(String orderNumber) {
        DealerContext.withoutDealer(
                () -> em.createNativeQuery("delete from order_status_attempt where order_number = ?1")
                        .setParameter(1, orderNumber)
                        .executeUpdate());
    }

    /** Counts and locks that ended long ago go (any replica; a delete twice does no harm). */
    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOld() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(window.plus(lockout));
        DealerContext.withoutDealer(() -> em.createNativeQuery(
                        "delete from order_status_attempt where first_failure < ?1 and (locked_until is null or locked_until < ?1)")
                .setParameter(1, before)
                .executeUpdate());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
