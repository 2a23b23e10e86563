package dev.showroom.aftersales.loyalty;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.settings.AftersalesSettings;
import dev.showroom.aftersales.settings.DealerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps a customer's value and loyalty classes current: whatever changes one of their facts (an order signed,
 * delivered or cancelled, a survey answered, a complaint opened or closed, a referral given, a call unreachable) calls
 * {@link #refresh} in its own transaction. Only customers with a car delivered are classed.
 */
@ApplicationScoped
public class CustomerClasses {

    @Inject
    EntityManager em;

    @Inject
    DealerSettings settings;

    @Inject
    Clock clock;

    /** Recomputes the classes of the caller's dealer's customer, if they have a car delivered and are not erased. */
    public void refresh(String dealerId, UUID leadId) {
        if (leadId == null) {
            return;
        }
        Customer c = Customer.byLead(leadId);
        if (c == null || c.erased() || !c.delivered()) {
            return;
        }
        Instant now = Instant.now(clock);
        CustomerClass k = CustomerClass.of(facts(dealerId, leadId, now), thresholds(dealerId));
        c.valueClass = k.value().name();
        c.loyaltyClass = k.loyalty().name();
        c.classReasons = String.join(",", k.reasons());
        c.classifiedAt = now;
    }

    CustomerClass.Thresholds thresholds(String dealerId) {
        AftersalesSettings s = settings.of(dealerId);
        return s.highValueSpend == null
                ? CustomerClass.Thresholds.DEFAULT
                : new CustomerClass.Thresholds(s.highValueSpend, s.mediumValueSpend);
    }

    /** The facts in one query (each part on an index of the lead). */
    CustomerClass.Facts facts(String dealerId, UUID leadId, Instant now) {
        Object[] r = (Object[]) em.createNativeQuery(
                        "select "
                                + "(select count(*) from customer_purchase p where p.dealer_id = ?1 and p.lead_id = ?2 "
                                + "  and p.delivered_at is not null), "
                                + "(select coalesce(sum(p.total), 0) from customer_purchase p where p.dealer_id = ?1 "
                                + "  and p.lead_id = ?2 and p.delivered_at is not null), "
                                + "(select count(*) from referral r where r.dealer_id = ?1 and r.referrer_lead_id = ?2), "
                                + "(select s.recommend_score from survey s where s.dealer_id = ?1 and s.lead_id = ?2 "
                                + "  and s.status = 'COMPLETED' and s.recommend_score is not null "
                                + "  and s.purpose <> 'LOST_CUSTOMER' order by s.completed_at desc limit 1), "
                                + "(select count(*) from complaint k where k.dealer_id = ?1 and k.lead_id = ?2 "
                                + "  and k.status <> 'CLOSED'), "
                                + "(select count(*) from complaint k where k.dealer_id = ?1 and k.lead_id = ?2 "
                                + "  and k.opened_at > ?3), "
                                + "(select f.status = 'UNREACHABLE' from follow_up_call f where f.dealer_id = ?1 "
                                + "  and f.lead_id = ?2 and f.status in ('DONE', 'UNREACHABLE') order by f.done_at desc limit 1)")
                .setParameter(1, dealerId)
                .setParameter(2, leadId)
                .setParameter(3, now.minus(Duration.ofDays(365)))
                .getSingleResult();
        return new CustomerClass.Facts(
                ((Number) r[0]).intValue(),
                r[1] == null ? BigDecimal.ZERO : new BigDecimal(r[1].toString()),
                ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(),
                Boolean.TRUE.equals(r[6]));
    }
}
