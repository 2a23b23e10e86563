package dev.showroom.lead.alert;

import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.platform.jobs.PerDealer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A hot lead (grade H, the top grade) left past its follow-up raises an alert to the managers: once per lead
 * and missed follow-up (a lead followed up and missed again raises a new one). Missed follow-ups older than the
 * horizon are the overdue list's, not an alert's.
 */
@ApplicationScoped
public class HotLeadCheck {

    private static final Logger LOG = Logger.getLogger(HotLeadCheck.class);

    static final String QUERY = "from lead l where l.grade = 'H' and l.erased_at is null and l.next_follow_up_at < ?1 "
            + "and l.next_follow_up_at > ?2 and not exists (select 1 from lead_alert a where a.lead_id = l.id "
            + "and a.kind = 'HOT_LEAD_OVERDUE' and a.due_at = l.next_follow_up_at)";

    @Inject
    EntityManager em;

    @Inject
    PerDealer perDealer;

    @Inject
    Alerts alerts;

    @Inject
    OneReplica oneReplica;

    @Inject
    Clock clock;

    @ConfigProperty(name = "showroom.lead.alerts.horizon", defaultValue = "P7D")
    Duration horizon;

    @Scheduled(
            every = "${showroom.lead.alerts.check-every:1m}",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        oneReplica.run("lead.hot-lead-alerts", this::raiseForHotLeads);
    }

    /** @return how many alerts were raised now */
    public int raiseForHotLeads() {
        Instant now = Instant.now(clock);
        Instant since = now.minus(horizon);
        List<String> dealers = perDealer.having("select distinct l.dealer_id " + QUERY, now, since);
        int raised = perDealer.sum(dealers, dealer -> {
            @SuppressWarnings("unchecked")
            List<Object[]> late = em.createNativeQuery(
                            "select l.id, l.consultant_id, l.next_follow_up_at " + QUERY + " and l.dealer_id = ?3")
                    .setParameter(1, now)
                    .setParameter(2, since)
                    .setParameter(3, dealer)
                    .getResultList();
            int n = 0;
            for (Object[] row : late) {
                UUID id = row[0] instanceof UUID u ? u : UUID.fromString(row[0].toString());
                Instant due = instant(row[2]);
                if (alerts.raise(dealer, LeadAlert.Kind.HOT_LEAD_OVERDUE, id, (String) row[1], null, due, now)
                        != null) {
                    n++;
                }
            }
            return n;
        });
        if (raised > 0) {
            LOG.infof("raised %d hot-lead alert(s)", raised);
        }
        return raised;
    }

    /** A timestamptz of a native query, whichever Java type the driver and Hibernate chose. */
    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
