package dev.showroom.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * {@code gateway_route_requests_seconds} per route, method, status and outcome: its count is the
 * rate, its SERVER_ERROR/UNAVAILABLE outcomes the errors, its buckets the latency histogram.
 */
@ApplicationScoped
public class RouteMetrics {

    private final MeterRegistry registry;

    public RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String route, String upstream, String method, int status, long nanos) {
        Timer.builder("gateway.route.requests")
                .description("Requests forwarded by the gateway, per route")
                .tag("route", route)
                .tag("upstream", upstream)
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2))
                .register(registry)
                .record(Duration.ofNanos(nanos));
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
