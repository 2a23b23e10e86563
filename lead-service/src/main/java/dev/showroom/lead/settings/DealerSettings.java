package dev.showroom.lead.settings;

import dev.showroom.platform.dealer.DealerRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A dealer's follow-up cadence, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    DealerRows rows;

    public LeadSettings of(String dealerId) {
        return rows.read(LeadSettings.class, dealerId, LeadSettings::defaults);
    }
}
