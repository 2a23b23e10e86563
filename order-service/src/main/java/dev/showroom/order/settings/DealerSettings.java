package dev.showroom.order.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A dealer's settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    EntityManager em;

    public OrderSettings of(String dealerId) {
        OrderSettings s = em.find(OrderSettings.class, dealerId);
        return s != null ? s : OrderSettings.defaults(dealerId);
    }

    /** The dealer's row for an update, created from the defaults when absent. */
    public OrderSettings row(String dealerId) {
        OrderSettings s = em.find(OrderSettings.class, dealerId);
        if (s == null) {
            s = OrderSettings.defaults(dealerId);
            em.persist(s);
        }
        return s;
    }
}
