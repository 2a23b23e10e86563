package dev.showroom.gateway.edge;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * One token bucket per client address for every gateway replica: the buckets live in the gateway's own
 * PostgreSQL table {@code public_rate_limit} (Bucket4j's PostgreSQL backend, a row locked for the moment
 * of one consumption), so N replicas give an address one budget, not N. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class SharedRateLimiter {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perClient;
    private final BucketConfiguration perWebhookClient;

    public SharedRateLimiter(AgroalDataSource dataSource, EdgeConfig config) {
        EdgeConfig.PublicLimits limits = config.publicLimits();
        this.perClient = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(limits.requests()).refillGreedy(limits.requests(), limits.period()))
                .build();
        this.perWebhookClient = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(limits.webhookRequests())
                        .refillGreedy(limits.webhookRequests(), limits.period()))
                .build();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("public_rate_limit")
                // a full bucket is the same as no row: the row may go once it would have refilled
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /**
     * Takes one request from the client's budget (the answer says how many remain, or how long to wait); the
     * providers' webhook has a budget of its own per address, so that neither starves the other.
     */
    public ConsumptionProbe tryConsume(String client, boolean webhook) {
        return webhook
                ? buckets.builder()
                        .build("webhook " + client, () -> perWebhookClient)
                        .tryConsumeAndReturnRemaining(1)
                : buckets.builder().build(client, () -> perClient).tryConsumeAndReturnRemaining(1);
    }

    /** Rows of clients whose bucket is full again are dropped; several replicas may do it at once (SKIP LOCKED). */
    @Scheduled(
            every = "${showroom.edge.public-limits.cleanup-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeFullBuckets() {
        while (buckets.removeExpired(1000) == 1000) {
            // keep going while whole batches were removed
        }
    }
}
