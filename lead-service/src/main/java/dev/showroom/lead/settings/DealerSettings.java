package dev.showroom.lead.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A dealer's follow-up cadence, or the defaults for a dealer that never changed them: a copy kept in memory
 * ({@link RememberedDealers}), not to be changed (SettingsResource changes the row).
 */
@ApplicationScoped
public class DealerSettings {

    @Inject
    RememberedDealers dealers;

    public LeadSettings of(String dealerId) {
        return dealers.of(dealerId).settings();
    }
}
