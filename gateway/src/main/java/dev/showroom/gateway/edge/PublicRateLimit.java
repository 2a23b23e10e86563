package dev.showroom.gateway.edge;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Token bucket per client address (Bucket4j) in front of /public/...: a form spammer gets 429 with
 * Retry-After, everyone else is unaffected. The address is the peer's, or the X-Forwarded-For one
 * when the gateway is told to trust its load balancer (quarkus.http.proxy.*).
 */
public class PublicRateLimit implements Handler<RoutingContext> {

    private final long requests;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public PublicRateLimit(EdgeConfig.PublicLimits limits) {
        this.requests = limits.requests();
        this.period = limits.period();
        this.buckets = Caffeine.newBuilder().maximumSize(limits.maxClients())
                .expireAfterAccess(period.multipliedBy(2)).build();
    }

    @Override
    public void handle(RoutingContext ctx) {
        String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.response().putHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.send(ctx, 429, "too-many-requests", "Too many requests",
                "Too many requests from your address; try again in " + seconds + " s");
    }
}
