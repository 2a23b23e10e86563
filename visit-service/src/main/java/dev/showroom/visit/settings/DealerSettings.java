package dev.showroom.visit.settings;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.dealer.DealerRows;
import jakarta.enterprise.context.ApplicationScoped;
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
}
