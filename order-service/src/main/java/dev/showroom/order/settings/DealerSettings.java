package dev.showroom.order.settings;

import dev.showroom.platform.dealer.DealerRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A dealer's selling settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    DealerRows rows;

    public OrderSettings of(String dealerId) {
        return rows.read(OrderSettings.class, dealerId, OrderSettings::defaults);
    }
}
