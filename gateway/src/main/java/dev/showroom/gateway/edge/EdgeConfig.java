package dev.showroom.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    Cors cors();

    AccessLogConfig accessLog();

    /** The access log (category dev.showroom.gateway.access, {@link AccessLog}). */
    interface AccessLogConfig {
        /**
         * How long its lines may wait to be written to standard output together ({@link AccessLogHandler}: the
         * console's layout, one write per batch). 0: every line through the logging's own handlers (the console,
         * or a file or syslog handler when configured), formatted and flushed one by one.
         */
        @WithDefault("250ms")
        Duration flushAfter();
    }

    /** Cross-origin calls of the API by browser clients served from another origin (EdgeCors). */
    interface Cors {
        /** Allowed origins (scheme://host[:port]), never "*". */
        @WithDefault("http://localhost:3000")
        List<String> origins();

        @WithDefault("GET,POST,PUT,PATCH,DELETE,OPTIONS")
        String methods();

        @WithDefault("Authorization,Content-Type,If-Match,Idempotency-Key,X-Correlation-Id,traceparent")
        String headers();

        @WithDefault("ETag,Location,Retry-After,X-Correlation-Id,traceparent")
        String exposedHeaders();

        @WithDefault("1h")
        Duration maxAge();
    }

    interface PublicLimits {
        /** Requests one client address may make to /public/... in one period (burst size too), all replicas together. */
        @WithDefault("20")
        long requests();

        @WithDefault("1m")
        Duration period();

        /**
         * Requests one address may make to the providers' message webhook ({@link PublicPaths#WEBHOOK}) in one
         * period, a budget of its own: a provider delivers every reply and delivery status from a few addresses.
         */
        @WithDefault("600")
        long webhookRequests();

        /** Largest body accepted on /public/... (bytes). */
        @WithDefault("16384")
        long maxBodySize();
    }
}
