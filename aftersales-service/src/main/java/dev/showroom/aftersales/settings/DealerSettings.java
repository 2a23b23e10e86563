package dev.showroom.aftersales.settings;

import dev.showroom.platform.dealer.DealerRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A dealer's after-sales settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    DealerRows rows;

    public AftersalesSettings of(String dealerId) {
        return rows.read(AftersalesSettings.class, dealerId, AftersalesSettings::defaults);
    }
}
