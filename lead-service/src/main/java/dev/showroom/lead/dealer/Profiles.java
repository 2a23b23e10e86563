package dev.showroom.lead.dealer;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.lead.settings.RememberedDealers;
import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.dealer.DealerRows;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.persistence.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** The owner of the dealer profiles: a change is stored and announced (dealer.profile-changed) in one transaction. */
@ApplicationScoped
public class Profiles {

    @Inject
    DealerProfiles profiles;

    @Inject
    DealerRows rows;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    RememberedDealers remembered;

    public DealerProfile of(String dealerId) {
        return profiles.of(dealerId);
    }

    /** The valid change stored at the version If-Match names, then announced whole at the version it is stored at. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DealerProfile change(String dealerId, ProfileChange change, String by) {
        DealerProfile p = rows.forUpdate(DealerProfile.class, dealerId, DealerProfile::defaults);
        remembered.changing(dealerId);
        change.applyTo(p);
        Versions.stored(p);
        outbox.publish(
                Topics.DEALER_PROFILE_CHANGED,
                dealerId,
                dealerId,
                new Events.DealerProfileChanged(
                        dealerId,
                        p.region,
                        p.timeZone,
                        p.currency,
                        p.openingHours(),
                        p.languages(),
                        p.version,
                        by,
                        Instant.now(clock)));
        return p;
    }
}
