package dev.showroom.order.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * Contract numbers, sequential per dealer and year: {@code DEALER-SH-01-2026-000042}. The counter row is
 * bumped with one upsert, so concurrent orders never share a number and the sequence has no gaps other
 * than rolled-back transactions. The dealer part makes a number unique across dealers, which the public
 * "where is my car" lookup relies on.
 */
@ApplicationScoped
public class OrderNumbers {

    @Inject
    EntityManager em;

    public String next(String dealerId, int year) {
        Number n = (Number) em.createNativeQuery("insert into order_number_counter (dealer_id, year, last_value) "
                        + "values (?1, ?2, 1) on conflict (dealer_id, year) do update "
                        + "set last_value = order_number_counter.last_value + 1 returning last_value")
                .setParameter(1, dealerId)
                .setParameter(2, year)
                .getSingleResult();
        String dealer = dealerId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
        if (dealer.length() > 20) {
            dealer = dealer.substring(0, 20);
        }
        return String.format("%s-%d-%06d", dealer, year, n.longValue());
    }
}
