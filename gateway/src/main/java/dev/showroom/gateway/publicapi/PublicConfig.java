package dev.showroom.gateway.publicapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each public operation lands in the services (upstream names from showroom.gateway.upstreams). */
@ConfigMapping(prefix = "showroom.public")
public interface PublicConfig {

    Target enquiries();

    Target orderStatus();

    /** The models a dealer sells, for its website's forms (order-service). */
    Target models();

    /** {@code {token}} is replaced by the survey link token. */
    Target survey();

    /** {@code {token}} is replaced by the survey link token. */
    Target surveyAnswers();

    /** The opt-out link of a message to a customer (aftersales-service). */
    Target messageOptOut();

    /** The message providers' signed webhook (aftersales-service checks the signature). */
    Target messageInbound();

    interface Target {
        String upstream();

        String path();
    }

    /** Seconds before expiry when the service token is renewed. */
    @WithDefault("30")
    long tokenRenewBeforeSeconds();
}
