package dev.showroom.platform.dealer;

import dev.showroom.contracts.Events;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A dealer's profile as this service knows it: lead-service's own row, or another service's copy of it
 * (kept by {@link #apply}); the defaults for a dealer that never set one.
 */
@ApplicationScoped
public class DealerProfiles {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public DealerProfile of(String dealerId) {
        DealerProfile p = em.find(DealerProfile.class, dealerId);
        return p != null ? p : DealerProfile.defaults(dealerId);
    }

    public ZoneId zone(String dealerId) {
        return of(dealerId).zone();
    }

    /** Phone numbers without a country code are read in this region. */
    public String region(String dealerId) {
        return of(dealerId).region;
    }

    public String currency(String dealerId) {
        return of(dealerId).currency;
    }

    /** Today in the dealer's time zone. */
    public LocalDate today(String dealerId) {
        return of(dealerId).today(clock);
    }

    /**
     * Applies dealer.profile-changed to this service's copy (in the consumer's transaction: every service but
     * lead-service, the owner, declares it as a handler of its events, applied once per ce_id): the profile as it
     * is at the event's version, unless the copy holds that version or a newer one already, so that a
     * redelivered or late event changes nothing.
     *
     * @return true if the copy changed
     */
    public boolean apply(Events.DealerProfileChanged event) {
        DealerProfile p = DealerProfile.defaults(event.dealerId());
        p.openingHours(event.openingHours());
        p.languages(event.languages());
        return em.createNativeQuery(
                                "insert into dealer_profile (dealer_id, region, time_zone, currency, opening_hours, "
                                        + "languages, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (dealer_id) do update set "
                                        + "region = excluded.region, time_zone = excluded.time_zone, currency = excluded.currency, "
                                        + "opening_hours = excluded.opening_hours, languages = excluded.languages, version = excluded.version "
                                        + "where dealer_profile.version < excluded.version")
                        .setParameter(1, event.dealerId())
                        .setParameter(2, event.region())
                        .setParameter(3, event.timeZone())
                        .setParameter(4, event.currency())
                        .setParameter(5, p.openingHours)
                        .setParameter(6, p.languages)
                        .setParameter(7, event.version())
                        .executeUpdate()
                == 1;
    }
}
