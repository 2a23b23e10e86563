package dev.showroom.order.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * Receipt numbers, sequential per dealer and year like the contract numbers: {@code R-DEALER-SH-01-2026-000007}.
 * One upsert bumps the counter, so two payments never share a number.
 */
@ApplicationScoped
public class ReceiptNumbers {

    @Inject
    EntityManager em;

    public String next(String dealerId, int year) {
        Number n = (Number) em.createNativeQuery("insert into receipt_number_counter (dealer_id, year, last_value) "
                        + "values (?1, ?2, 1) on conflict (dealer_id, year) do update "
                        + "set last_value = receipt_number_counter.last_value + 1 returning last_value")
                .setParameter(1, dealerId)
                .setParameter(2, year)
                .getSingleResult();
        String dealer = dealerId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
        if (dealer.length() > 20) {
            dealer = dealer.substring(0, 20);
        }
        return String.format("R-%s-%d-%06d", dealer, year, n.longValue());
    }
}
