package dev.showroom.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where each path goes, read from configuration so that a new route or another upstream address
 * needs no code: {@code showroom.gateway.upstreams.<name>.url} and
 * {@code showroom.gateway.routes.<name>.{upstream,prefixes,timeout,retries}}.
 */
@ConfigMapping(prefix = "showroom.gateway")
public interface GatewayConfig {

    /** The services, by the name used in gaps and metrics (e.g. {@code order-service}). */
    Map<String, Upstream> upstreams();

    Map<String, Route> routes();

    Breaker circuitBreaker();

    /** Largest request body forwarded to a service (bytes). */
    @WithDefault("1048576")
    long maxBodySize();

    interface Upstream {
        URI url();

        /** Where the service serves its OpenAPI document as JSON. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        /** False for an upstream that serves no API (the web console): left out of the merged OpenAPI. */
        @WithDefault("true")
        boolean openapi();

        /** Timeout of the gateway's own calls (composed views, OpenAPI, public endpoints). */
        @WithDefault("5s")
        Duration timeout();
    }

    interface Route {
        /** The upstream name, a key of {@link GatewayConfig#upstreams()}. */
        String upstream();

        /** Path prefixes: {@code /api/v1/leads} matches {@code /api/v1/leads} and {@code /api/v1/leads/...}. */
        List<String> prefixes();

        /** No answer from the upstream within this time is a 504. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * False for the web console's pages: they are forwarded without a bearer token (the console signs its
         * users in itself and calls the API with their tokens); the CORS check does not apply to them either.
         */
        @WithDefault("true")
        boolean bearerToken();

        /** Extra attempts when the call fails before any answer; only for GET and HEAD (idempotent). */
        @WithDefault("2")
        int retries();
    }

    interface Breaker {
        /** Consecutive failures (no connection, timeout, 5xx) that open the circuit of an upstream. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one trial request is let through. */
        @WithDefault("10s")
        Duration openFor();
    }
}
