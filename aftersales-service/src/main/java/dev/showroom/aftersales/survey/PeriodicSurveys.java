package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.followup.FollowUpPlanner;
import dev.showroom.aftersales.settings.DealerSettings;
import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.platform.persistence.Collisions;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Periodic surveys of existing customers (docs/process.md: every quarter by default): a delivered customer who has
 * not been surveyed for the dealer's period gets a PERIODIC survey and a call-back to ask it.
 */
@ApplicationScoped
public class PeriodicSurveys {

    private static final Logger LOG = Logger.getLogger(PeriodicSurveys.class);
    private static final String DUE =
            "from Customer c where c.status = ?1 and c.erasedAt is null and c.deliveredAt < ?2 "
                    + "and not exists (select 1 from Survey s where s.leadId = c.leadId and s.createdAt >= ?2)";

    @Inject
    EntityManager em;

    @Inject
    DealerSettings settings;

    @Inject
    SurveyService surveys;

    @Inject
    FollowUpPlanner planner;

    @Inject
    Clock clock;

    @Inject
    OneReplica oneReplica;

    /** The scheduled run: on one replica at a time. */
    @Scheduled(
            every = "${showroom.surveys.periodic-check:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void check() {
        oneReplica.run("aftersales.periodic-surveys", this::scheduleDue);
    }

    /** @return how many periodic surveys were scheduled now */
    public int scheduleDue() {
        @SuppressWarnings("unchecked")
        List<String> dealers = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select distinct dealer_id from customer where status = 'DELIVERED' and erased_at is null")
                        .getResultList()));
        int scheduled = 0;
        for (String dealer : dealers) {
            scheduled += scheduleFor(dealer);
        }
        return scheduled;
    }

    /**
     * One customer at a time, each in its own transaction. A run elsewhere may be scheduling the same
     * customer at this moment (the job lock is lost with its session): the database keeps one periodic survey
     * per customer and month ({@link Survey#periodicMonth}), and the run that loses skips the customer.
     */
    private int scheduleFor(String dealer) {
        Instant now = Instant.now(clock);
        LocalDate month = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1);
        Due due = DealerContext.call(
                dealer,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Instant since = now.atZone(ZoneOffset.UTC)
                            .minusMonths(settings.of(dealer).periodicSurveyMonths)
                            .toInstant();
                    return new Due(
                            since,
                            em.createQuery("select c.leadId " + DUE, UUID.class)
                                    .setParameter(1, Customer.Status.DELIVERED)
                                    .setParameter(2, since)
                                    .getResultList());
                }));
        Instant cutoff = due.cutoff();
        int scheduled = 0;
        for (UUID lead : due.leads()) {
            try {
                scheduled += DealerContext.call(
                        dealer,
                        () -> QuarkusTransaction.requiringNew().call(() -> {
                            Customer customer = Customer.find(
                                            DUE + " and c.leadId = ?3", Customer.Status.DELIVERED, cutoff, lead)
                                    .firstResult();
                            if (customer == null) {
                                return 0; // surveyed meanwhile
                            }
                            Survey survey = surveys.create(
                                    dealer,
                                    customer.leadId,
                                    customer.orderId,
                                    TemplateCatalogue.PERIODIC_CHECK,
                                    Survey.Purpose.PERIODIC);
                            survey.periodicMonth = month;
                            planner.planSurveyCall(dealer, customer, survey.id);
                            return 1;
                        }));
            } catch (RuntimeException e) {
                if (Collisions.causeOf(e) == null) {
                    throw e;
                }
                LOG.debugf("a periodic survey of dealer %s was scheduled by another run", dealer);
            }
        }
        return scheduled;
    }

    /** The customers not surveyed since the cutoff (the dealer's period ago). */
    private record Due(Instant cutoff, List<UUID> leads) {}
}
