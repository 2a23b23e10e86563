package dev.showroom.aftersales.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A dealer's settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    EntityManager em;

    public AftersalesSettings of(String dealerId) {
        AftersalesSettings s = em.find(AftersalesSettings.class, dealerId);
        return s != null ? s : AftersalesSettings.defaults(dealerId);
    }
}
