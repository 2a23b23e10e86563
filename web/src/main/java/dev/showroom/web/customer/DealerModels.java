package dev.showroom.web.customer;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The models a dealer sells, which the enquiry and the test-drive request suggest as the customer types (a datalist:
 * the customer may still write what they like). Remembered for a few minutes per dealer (quarkus-cache, {@code
 * dealer-models}), and asked only for the dealers this console names, so that only the first view of a dealer's
 * forms in that time costs order-service a call, and a made-up dealer id no entry. Without an answer the form simply
 * suggests nothing, and is asked again on the next view.
 */
@ApplicationScoped
public class DealerModels {

    private static final Logger LOG = Logger.getLogger(DealerModels.class);

    @Inject
    @RestClient
    PublicApi api;

    @Inject
    Dealers dealers;

    @Inject
    DealerModels self;

    /** The dealer's models by name, or none (an unknown dealer, or the gateway not answering now). */
    public List<PublicApi.Model> of(String dealer) {
        if (!dealers.known(dealer)) {
            return List.of();
        }
        try {
            return self.asked(dealer);
        } catch (RuntimeException e) {
            LOG.debugf("no models for %s now: %s", dealer, e.toString());
            return List.of();
        }
    }

    @CacheResult(cacheName = "dealer-models")
    List<PublicApi.Model> asked(String dealer) {
        return List.copyOf(api.models(dealer));
    }
}
