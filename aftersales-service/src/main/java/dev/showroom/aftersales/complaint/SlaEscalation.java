package dev.showroom.aftersales.complaint;

import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.platform.jobs.PerDealer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

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
    PerDealer perDealer;

    @Inject
    Clock clock;

    @Inject
    OneReplica oneReplica;

    /** The scheduled run: on one replica at a time. */
    @Scheduled(
            every = "${showroom.complaints.sla-check:1m}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void check() {
        oneReplica.run("aftersales.sla-escalation", this::escalateBreached);
    }

    /**
     * A run elsewhere may be escalating the same complaints at this moment (the job lock is lost with its
     * session): each complaint is claimed by a conditional update, so only one run escalates it and the
     * other moves on; the database keeps one escalation note per complaint.
     *
     * @return how many complaints were escalated now
     */
    public int escalateBreached() {
        Instant now = Instant.now(clock);
        List<String> dealers = perDealer.having(
                "select distinct dealer_id from complaint where escalated_at is null "
                        + "and ((status = 'OPEN' and acknowledge_by < ?1) "
                        + "or (status in ('OPEN', 'ACKNOWLEDGED') and resolve_by < ?1))",
                now);
        int escalated = perDealer.sum(dealers, dealer -> {
            List<Complaint> breached = Complaint.list(
                    "escalatedAt is null and ((status = ?1 and acknowledgeBy < ?3) "
                            + "or (status in (?1, ?2) and resolveBy < ?3))",
                    Complaint.Status.OPEN,
                    Complaint.Status.ACKNOWLEDGED,
                    now);
            int claimed = 0;
            for (Complaint c : breached) {
                if (!c.breached(now)) {
                    continue;
                }
                int updated = em.createQuery("update Complaint set escalatedAt = ?1, version = version + 1 "
                                + "where id = ?2 and status = ?3 and escalatedAt is null")
                        .setParameter(1, now)
                        .setParameter(2, c.id)
                        .setParameter(3, c.status)
                        .executeUpdate();
                if (updated == 1) {
                    c.slaEscalationNote(now).persist();
                    claimed++;
                }
            }
            return claimed;
        });
        if (escalated > 0) {
            LOG.infof("escalated %d complaint(s) past their acknowledgement or resolution deadline", escalated);
        }
        return escalated;
    }
}
