package dev.showroom.aftersales.dealer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.showroom.contracts.Events;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.events.EventInbox;
import io.smallrye.common.annotation.Blocking;

/** lead-service's dealer profile, copied once per event: call-backs and satisfaction days are reckoned in its time zone. */
@ApplicationScoped
public class DealerProfileConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    DealerProfiles profiles;

    @Incoming("dealer-profile-changed")
    @Blocking
    public void onProfileChanged(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.DealerProfileChanged.class, event -> profiles.apply(event.payload()));
    }
}
