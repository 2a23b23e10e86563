package dev.showroom.visit.settings;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A dealer's settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public VisitSettings of(String dealerId) {
        VisitSettings s = em.find(VisitSettings.class, dealerId);
        return s != null ? s : VisitSettings.defaults(dealerId);
    }

    /** Today in the dealer's time zone. */
    public LocalDate today(String dealerId) {
        return LocalDate.now(clock.withZone(of(dealerId).zone()));
    }
}
