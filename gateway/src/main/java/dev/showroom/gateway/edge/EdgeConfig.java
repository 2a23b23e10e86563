package dev.showroom.gateway.edge;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What every answer carries and what every public request may cost. */
@ConfigMapping(prefix = "showroom.edge")
public interface EdgeConfig {

    /** Strict-Transport-Security max-age. */
    @WithDefault("365d")
    Duration hstsMaxAge();

    PublicLimits publicLimits();

    interface PublicLimits {
        /** Requests one client address may make to /public/... in one period (burst size too). */
        @WithDefault("20")
        long requests();

        @WithDefault("1m")
        Duration period();

        /** Largest body accepted on /public/... (bytes). */
        @WithDefault("16384")
        long maxBodySize();

        /** Client addresses remembered at most (older ones are forgotten first). */
        @WithDefault("100000")
        long maxClients();
    }
}
