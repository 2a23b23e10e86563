package dev.showroom.gateway;

import dev.showroom.testing.OidcTestResource;
import dev.showroom.testing.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The gateway's surroundings for a test run: the stub services and token server, the token key, the
 * rate limit's real PostgreSQL, and limits small enough to reach in a test. The client address comes from X-Forwarded-For here, so each
 * test can be its own client of the rate limit.
 */
public class GatewayTestResources implements QuarkusTestResourceLifecycleManager {

    public static final int PUBLIC_REQUESTS = 5;
    public static final int WEBHOOK_REQUESTS = 8;
    public static final int MAX_BODY = 65536;
    public static final int PUBLIC_MAX_BODY = 4096;

    @Override
    public Map<String, String> start() {
        UpstreamStubs stubs = UpstreamStubs.get();
        Map<String, String> config = new HashMap<>(OidcTestResource.config());
        for (String service :
                new String[] {"lead-service", "visit-service", "order-service", "aftersales-service", "web"}) {
            config.put("showroom.gateway.upstreams." + service + ".url", stubs.url(service));
            config.put("showroom.gateway.upstreams." + service + ".timeout", "2s");
        }
        config.put("quarkus.oidc-client.auth-server-url", stubs.tokenServerUrl());
        config.put("quarkus.oidc-client.client-id", "showroom-gateway");
        config.put("quarkus.oidc-client.credentials.secret", "test-secret");
        config.put("showroom.gateway.routes.order.timeout", "1s");
        config.put("showroom.gateway.circuit-breaker.failure-threshold", "3");
        config.put("showroom.gateway.circuit-breaker.open-for", "1s");
        config.put("showroom.gateway.max-body-size", Integer.toString(MAX_BODY));
        config.put("showroom.edge.public-limits.requests", Integer.toString(PUBLIC_REQUESTS));
        config.put("showroom.edge.public-limits.webhook-requests", Integer.toString(WEBHOOK_REQUESTS));
        config.put("showroom.edge.public-limits.max-body-size", Integer.toString(PUBLIC_MAX_BODY));
        // the test client is the trusted proxy: each test names its client in X-Forwarded-For
        config.put("showroom.edge.trusted-proxies", "127.0.0.0/8,::1");
        Postgres postgres = Postgres.get();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("showroom.edge.cors.origins", "https://showroom.example");
        config.put("showroom.openapi.retry-missing-after", "0s");
        return config;
    }

    @Override
    public void stop() {
        // the stubs live until the JVM ends
    }
}
