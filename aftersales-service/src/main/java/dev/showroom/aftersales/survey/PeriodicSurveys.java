package dev.showroom.aftersales.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.followup.FollowUpPlanner;
import dev.showroom.aftersales.settings.DealerSettings;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Periodic surveys of existing customers (docs/process.md: every quarter by default): a delivered customer who has
 * not been surveyed for the dealer's period gets a PERIODIC survey and a call-back to ask it.
 */
@ApplicationScoped
public class PeriodicSurveys {

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

    @Scheduled(every = "${showroom.surveys.periodic-check:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        scheduleDue();
    }

    /** @return how many periodic surveys were scheduled now */
    public int scheduleDue() {
        @SuppressWarnings("unchecked")
        List<String> dealers = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select distinct dealer_id from customer where status = 'DELIVERED' and erased_at is null")
                .getResultList()));
        int scheduled = 0;
        for (String dealer : dealers) {
            scheduled += DealerContext.call(dealer, () -> QuarkusTransaction.requiringNew().call(() -> scheduleFor(dealer)));
        }
        return scheduled;
    }

    private int scheduleFor(String dealer) {
        Instant now = Instant.now(clock);
        Instant cutoff = now.atZone(ZoneOffset.UTC).minusMonths(settings.of(dealer).periodicSurveyMonths).toInstant();
        List<Customer> due = Customer.list("from Customer c where c.status = ?1 and c.erasedAt is null and c.deliveredAt < ?2 "
                + "and not exists (select 1 from Survey s where s.leadId = c.leadId and s.createdAt >= ?2)", Customer.Status.DELIVERED,
                cutoff);
        for (Customer customer : due) {
            Survey survey = surveys.create(dealer, customer.leadId, customer.orderId, TemplateCatalogue.PERIODIC_CHECK,
                    Survey.Purpose.PERIODIC);
            planner.planSurveyCall(dealer, customer, survey.id);
        }
        return due.size();
    }
}
