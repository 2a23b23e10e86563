package dev.showroom.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code gateway_route_requests_seconds} per route, method, status and outcome: its count is the
 * rate, its SERVER_ERROR/UNAVAILABLE outcomes the errors, its buckets the latency histogram. Each
 * timer is built once and kept (building one per request, tags and all, cost 4 % of the gateway's
 * CPU: docs/benchmarks.md, "The gateway's reads").
 */
@ApplicationScoped
public class RouteMetrics {

    private final MeterRegistry registry;
    /** By route, upstream, method and status: a few dozen at most (the routes are configured, statuses few). */
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    /**
     * Hashed and compared by hand: a record's own hashCode and equals (an invokedynamic bootstrap) were 2 % of the
     * gateway's samples under C1.
     */
    private record Key(String route, String upstream, String method, int status) {
        @Override
        public int hashCode() {
            return ((route.hashCode() * 31 + upstream.hashCode()) * 31 + method.hashCode()) * 31 + status;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && status == k.status
                    && route.equals(k.route)
                    && upstream.equals(k.upstream)
                    && method.equals(k.method);
        }
    }

    public RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String route, String upstream, String method, int status, long nanos) {
        timers.computeIfAbsent(new Key(route, upstream, method, status), this::timer)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Key key) {
        String route = key.route();
        String upstream = key.upstream();
        String method = key.method();
        int status = key.status();
        return Timer.builder("gateway.route.requests")
                .description("Requests forwarded by the gateway, per route")
                .tag("route", route)
                .tag("upstream", upstream)
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2))
                .register(registry);
    }

    static String outcome(int status) {
        if (status == 503 || status == 504) {
            return "UNAVAILABLE";
        }
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        return "SUCCESS";
    }
}
