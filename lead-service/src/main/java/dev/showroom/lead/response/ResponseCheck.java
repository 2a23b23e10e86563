package dev.showroom.lead.response;

import dev.showroom.lead.alert.Alerts;
import dev.showroom.lead.alert.LeadAlert;
import dev.showroom.lead.assignment.RoundRobin;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.settings.DealerSettings;
import dev.showroom.lead.settings.LeadSettings;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.platform.jobs.PerDealer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An online or referral lead not contacted within the dealer's response limit (minutes of opening hours, its
 * setting) is handed by the rota to the next consultant on duty and the managers are told (an alert). Once per
 * lead: the lead remembers that the check was done with it ({@code responseCheckedAt}), under its row lock, so
 * two runs at once reassign it once. Leads older than the horizon are left to the overdue list.
 */
@ApplicationScoped
public class ResponseCheck {

    private static final Logger LOG = Logger.getLogger(ResponseCheck.class);

    static final List<Channel> CHANNELS =
            Arrays.stream(Channel.values()).filter(Channel::awaitsResponse).toList();

    /**
     * The dealers with a lead the check is about, across dealers (native: an entity query would see the no-dealer's
     * rows only here); ?1: the horizon's start. The channels are written in as literals (enum names): the same SQL on
     * every run, and one that {@code ResponseCheckLookupsTest} runs as it is. Served by the index lead_response_due.
     */
    static final String DEALERS_WAITING = "select distinct dealer_id from lead where first_contact_at is null "
            + "and response_checked_at is null and erased_at is null and channel in ("
            + CHANNELS.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "))
            + ") and created_at > ?1";

    /** A dealer's leads waiting (see {@link #waiting}), built once: the channels as enum literals. */
    private static final String WAITING = "select l.id, l.createdAt from Lead l where l.firstContactAt is null "
            + "and l.responseCheckedAt is null and l.erasedAt is null and l.channel in ("
            + CHANNELS.stream()
                    .map(c -> Channel.class.getName() + "." + c.name())
                    .collect(Collectors.joining(", "))
            + ") and l.createdAt > :since and l.createdAt <= :latest "
            + "and (l.grade is null or l.grade not in (:closed)) order by l.createdAt";

    @Inject
    EntityManager em;

    @Inject
    PerDealer perDealer;

    @Inject
    Alerts alerts;

    @Inject
    RoundRobin roundRobin;

    @Inject
    LeadEvents events;

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    OneReplica oneReplica;

    @Inject
    Clock clock;

    @ConfigProperty(name = "showroom.lead.alerts.horizon", defaultValue = "P7D")
    Duration horizon;

    @Scheduled(
            every = "${showroom.lead.alerts.check-every:1m}",
            delayed = "25s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        oneReplica.run("lead.response-time", this::reassignLate);
    }

    /** @return how many leads were found late now (each reassigned when someone else is on duty, and alerted) */
    public int reassignLate() {
        Instant now = Instant.now(clock);
        Instant since = now.minus(horizon);
        List<String> dealers = perDealer.having(DEALERS_WAITING, since);
        int late = perDealer.sum(dealers, dealer -> reassignLate(dealer, now, since));
        if (late > 0) {
            LOG.infof("%d lead(s) not contacted within the response limit", late);
        }
        return late;
    }

    private int reassignLate(String dealer, Instant now, Instant since) {
        LeadSettings s = settings.of(dealer);
        Duration limit = Duration.ofMinutes(s.responseLimitMinutes);
        ResponseClock open = new ResponseClock(profiles.of(dealer).openingHours(), profiles.zone(dealer));
        int late = 0;
        for (Object[] row : waiting(since, now.minus(limit))) {
            Instant deadline = open.deadline((Instant) row[1], limit);
            if (deadline.isAfter(now)) {
                continue;
            }
            Lead lead = Lead.findById((UUID) row[0], LockModeType.PESSIMISTIC_WRITE);
            if (lead == null || lead.firstContactAt != null || lead.responseCheckedAt != null || !lead.followedUp()) {
                continue; // contacted, or done by another run, meanwhile
            }
            lead.responseCheckedAt = now;
            String missedBy = lead.consultantId;
            String next = roundRobin.nextOtherThan(dealer, missedBy);
            if (next != null) {
                lead.consultantId = next;
                lead.updatedAt = now;
                events.assigned(lead, missedBy, "response-time", now);
            }
            alerts.raise(dealer, LeadAlert.Kind.RESPONSE_TIME_EXCEEDED, lead.id, missedBy, next, deadline, now);
            late++;
        }
        return late;
    }

    /**
     * The current dealer's leads not contacted, checked or erased, of the channels that await a response, created
     * after {@code since} and up to {@code latest}, oldest first: {@code [id, createdAt]}. Served by the index
     * lead_response_due, whose predicate names the channels: they are literals here too, so that a generic plan can
     * use it.
     */
    List<Object[]> waiting(Instant since, Instant latest) {
        return em.createQuery(WAITING, Object[].class)
                .setParameter("since", since)
                .setParameter("latest", latest)
                .setParameter("closed", List.of(Grade.O, Grade.F))
                .getResultList();
    }
}
