package dev.showroom.visit.settings;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.dealer.DealerRows;
import dev.showroom.platform.events.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** A dealer's showroom settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    DealerRows rows;

    @Inject
    DealerProfiles profiles;

    public VisitSettings of(String dealerId) {
        return rows.read(VisitSettings.class, dealerId, VisitSettings::defaults);
    }

    /** Today in the dealer's time zone (its profile). */
    public LocalDate today(String dealerId) {
        return profiles.today(dealerId);
    }

    /** lead-service's dealer profile (dealer.profile-changed), applied once per event and only when
     * newer: this service's copy, which DealerProfiles reads.
     */
    void subscribe(@Observes EventHandlers on) {
        on.event(
                Topics.DEALER_PROFILE_CHANGED,
                Events.DealerProfileChanged.class,
                event -> profiles.apply(event.payload()));
    }
}
