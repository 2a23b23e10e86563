package dev.showroom.platform.dealer;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this service's copy of the dealer profile: every service that reads {@code dealer.profile-changed}
 * (all but lead-service, the owner) applies it through {@link DealerProfiles#apply}, once per event and only
 * when newer. Declared here once, for the services whose channel lists the topic.
 */
@ApplicationScoped
public class ProfileCopy {

    @Inject
    DealerProfiles profiles;

    @ConfigProperty(name = "mp.messaging.incoming.events.topics")
    Optional<List<String>> subscribed;

    void subscribe(@Observes EventHandlers on) {
        if (subscribed.orElse(List.of()).contains(Topics.DEALER_PROFILE_CHANGED)) {
            on.event(
                    Topics.DEALER_PROFILE_CHANGED,
                    Events.DealerProfileChanged.class,
                    event -> profiles.apply(event.payload()));
        }
    }
}
