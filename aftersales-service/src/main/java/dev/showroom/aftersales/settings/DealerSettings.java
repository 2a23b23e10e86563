package dev.showroom.aftersales.settings;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.dealer.DealerRows;
import dev.showroom.platform.events.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A dealer's after-sales settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    DealerRows rows;

    @Inject
    DealerProfiles profiles;

    public AftersalesSettings of(String dealerId) {
        return rows.read(AftersalesSettings.class, dealerId, AftersalesSettings::defaults);
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
