package dev.showroom.aftersales.settings;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.dealer.DealerRows;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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

    /** lead-service's dealer profile (dealer.profile-changed): this service's copy, which DealerProfiles reads. */
    @Incoming("dealer-profile-changed")
    @Blocking
    public void onProfileChanged(ConsumerRecord<String, String> record) {
        profiles.apply(record);
    }
}
