package dev.showroom.platform.jobs;

import dev.showroom.platform.tenancy.DealerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes what is kept only for a while, on one replica, in short transactions of a bounded number of
 * rows (no long lock, no huge WAL burst, autovacuum keeps up):
 * <ul>
 * <li>published outbox rows (kept for audit and replays; never a pending one);</li>
 * <li>the inbox's processed events: an event id must outlive every redelivery of the event, and Kafka
 * can redeliver anything still on the topic (a consumer group whose offsets expired starts from the
 * earliest record), so the retention is longer than the topics' (30 days);</li>
 * <li>Idempotency-Key records: a client retries within minutes or hours, not days.</li>
 * </ul>
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OneReplica oneReplica;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "showroom.outbox.retention", defaultValue = "P7D")
    Duration outbox;

    @ConfigProperty(name = "showroom.inbox.retention", defaultValue = "P35D")
    Duration inbox;

    @ConfigProperty(name = "showroom.idempotency.retention", defaultValue = "P2D")
    Duration idempotency;

    @ConfigProperty(name = "showroom.retention.batch-size", defaultValue = "5000")
    int batchSize;

    public record Pruned(int outboxEvents, int processedEvents, int idempotencyRecords) {}

    @Scheduled(
            cron = "${showroom.retention.cron:0 17 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        oneReplica.run("platform.retention", this::prune);
    }

    /** Prunes every table now (on this replica, whatever the others do). */
    public Pruned prune() {
        Instant now = Instant.now(clock);
        return new Pruned(
                prune("outbox_event", "id", "published_at", now.minus(outbox)),
                prune("processed_event", "consumer, event_id", "processed_at", now.minus(inbox)),
                prune("idempotency_record", "scope, idem_key", "created_at", now.minus(idempotency)));
    }

    /** Deletes the rows older than {@code before}, {@code batchSize} at a time, each batch committed. */
    private int prune(String table, String key, String time, Instant before) {
        String delete = "delete from " + table + " where (" + key + ") in (select " + key + " from " + table + " where "
                + time + " < ?1 limit ?2)";
        int total = 0;
        int deleted;
        do {
            deleted = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery(delete)
                            .setParameter(1, before)
                            .setParameter(2, batchSize)
                            .executeUpdate()));
            total += deleted;
        } while (deleted == batchSize);
        if (total > 0) {
            registry.counter("showroom.retention.pruned", "table", table).increment(total);
            LOG.infof("pruned %d row(s) of %s older than %s", total, table, before);
        }
        return total;
    }
}
