package dev.showroom.gateway.edge;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What every answer carries and what every public request may cost. */
@ConfigMapping(prefix = "showroom.edge")
public interface EdgeConfig {

    /** Strict-Transport-Security max-age. */
    @WithDefault("365d")
    Duration hstsMaxAge();

    /**
     * The proxies in front of the gateway (CIDRs, e.g. the Ingress controller's pod network). Only from a
     * trusted peer is X-Forwarded-For read, right to left, up to the first untrusted hop. None by default:
     * the client is the socket's peer.
     */
    Optional<List<String>> trustedProxies();

    PublicLimits publicLimits();

    interface PublicLimits {
        /** Requests one client address may make to /public/... in one period (burst size too), all replicas together. */
        @WithDefault("20")
        long requests();

        @WithDefault("1m")
        Duration period();

        /** Largest body accepted on /public/... (bytes). */
        @WithDefault("16384")
        long maxBodySize();
    }
}
