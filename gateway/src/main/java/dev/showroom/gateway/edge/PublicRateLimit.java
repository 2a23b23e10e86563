package dev.showroom.gateway.edge;

import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * The rate limit of the public endpoints (however their path is spelled, {@link PublicPaths}): one budget
 * per client address ({@link ClientAddress}: the right-most untrusted hop) shared by every gateway replica
 * ({@link SharedRateLimiter}). Over it: 429 problem+json with Retry-After. When the limiter's database
 * cannot answer, the public endpoints answer 503 rather than go unlimited; staff traffic is unaffected.
 */
public class PublicRateLimit implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(PublicRateLimit.class);

    private final SharedRateLimiter limiter;
    private final ClientAddress clients;

    public PublicRateLimit(SharedRateLimiter limiter, ClientAddress clients) {
        this.limiter = limiter;
        this.clients = clients;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!Boolean.TRUE.equals(ctx.get(EdgeHandler.PUBLIC))) {
            ctx.next();
            return;
        }
        String peer = ctx.request().remoteAddress() == null
                ? null
                : ctx.request().remoteAddress().host();
        String client = clients.of(peer, ctx.request().headers().getAll("X-Forwarded-For"));
        boolean webhook = PublicPaths.isWebhook(ctx.request().path());
        ctx.vertx()
                .executeBlocking(() -> limiter.tryConsume(client, webhook), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        LOG.warnf(
                                "public rate limit unavailable: %s",
                                result.cause().toString());
                        ctx.response().putHeader("Retry-After", "5");
                        Problems.send(
                                ctx,
                                503,
                                "unavailable",
                                "Service unavailable",
                                "The public endpoints are unavailable for a moment; try again shortly");
                        return;
                    }
                    ConsumptionProbe probe = result.result();
                    if (probe.isConsumed()) {
                        ctx.response().putHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
                        ctx.next();
                        return;
                    }
                    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                    ctx.response().putHeader("Retry-After", Long.toString(seconds));
                    Problems.send(
                            ctx,
                            429,
                            "too-many-requests",
                            "Too many requests",
                            "Too many requests from your address; try again in " + seconds + " s");
                });
    }
}
