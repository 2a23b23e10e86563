package dev.showroom.aftersales.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Escalates every complaint not acknowledged by its deadline to the dealer's managers: it is marked
 * escalated (managers list them with ?escalated=true) and its history says so.
 */
@ApplicationScoped
public class SlaEscalation {

    private static final Logger LOG = Logger.getLogger(SlaEscalation.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(every = "${showroom.complaints.sla-check:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        escalateBreached();
    }

    /** @return how many complaints were escalated now */
    public int escalateBreached() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<String> dealers = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select distinct dealer_id from complaint where status = 'OPEN' "
                        + "and escalated_at is null and acknowledge_by < ?1")
                .setParameter(1, now).getResultList()));
        int escalated = 0;
        for (String dealer : dealers) {
            escalated += DealerContext.call(dealer, () -> QuarkusTransaction.requiringNew().call(() -> {
                List<Complaint> breached = Complaint.list("status = ?1 and escalatedAt is null and acknowledgeBy < ?2",
                        Complaint.Status.OPEN, now);
                for (Complaint c : breached) {
                    c.escalatedAt = now;
                    ComplaintNote.add(c.id, now, "system", ComplaintNote.Kind.ESCALATION,
                            "Not acknowledged by " + c.acknowledgeBy + ": escalated to the manager");
                }
                return breached.size();
            }));
        }
        if (escalated > 0) {
            LOG.infof("escalated %d complaint(s) past their acknowledgement SLA", escalated);
        }
        return escalated;
    }
}
