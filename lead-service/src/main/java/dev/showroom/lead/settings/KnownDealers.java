package dev.showroom.lead.settings;

import dev.showroom.platform.tenancy.CurrentDealer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dealers that exist, as far as anyone without a token is concerned: staff tokens carry their dealer,
 * but the public form names one in its body, so it is checked against this configured list
 * ({@code showroom.lead.dealers}, env {@code SHOWROOM_DEALERS}). The platform's reserved no-dealer
 * tenant is never a dealer, whatever the configuration says.
 */
@ApplicationScoped
public class KnownDealers {

    private final Set<String> dealers;

    public KnownDealers(@ConfigProperty(name = "showroom.lead.dealers") Set<String> configured) {
        this.dealers = configured.stream()
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .filter(d -> !CurrentDealer.NO_DEALER.equals(d))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean exists(String dealerId) {
        return dealerId != null && dealers.contains(dealerId);
    }
}
