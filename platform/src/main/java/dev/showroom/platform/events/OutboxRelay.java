package dev.showroom.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.showroom.platform.http.Correlation;
import dev.showroom.platform.tenancy.DealerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, then marks them sent.
 *
 * <p>Only one relay publishes at a time across all replicas (a PostgreSQL advisory lock held for the
 * batch's transaction), which keeps the order per key and stops two relays sending the same row.
 * A row is marked sent only after the broker acknowledged it; if the broker is down the rows stay
 * pending and the next run sends them. A crash between the acknowledgement and the commit can send
 * a row twice: consumers apply each {@code ce_id} once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant: the advisory lock that makes one relay the only publisher of this database. */
    private static final long RELAY_LOCK = 0x5e0_0a7_0001L;

    @Inject
    EntityManager em;

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "showroom.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "showroom.outbox.send-timeout", defaultValue = "PT20S")
    Duration sendTimeout;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    /** After a commit that wrote events: publish them now rather than at the next tick. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        wakeUps.execute(this::drain);
    }

    /** The safety net: rows left by a failed send or another replica's crash go out here. */
    @Scheduled(every = "${showroom.outbox.poll-interval:2s}", delayed = "${showroom.outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = UntilMessagingStarted.class)
    void tick() {
        drain();
    }

    /** Publishes until nothing is pending; concurrent calls on one replica coalesce into one loop. */
    public void drain() {
        again.set(true);
        while (again.get()) {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            try {
                again.set(false);
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == batchSize);
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay: %s; the pending events stay and go out at the next run", e.toString());
                again.set(false);
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * One batch in one transaction: lock, read the oldest pending rows, send them all, wait for the
     * acknowledgements, mark the acknowledged ones sent.
     *
     * @return how many rows were published, or -1 if another relay holds the lock
     */
    public int relayBatch() {
        return DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!locked) {
                return -1;
            }
            List<OutboxEvent> rows = em.createQuery(
                    "from OutboxEvent where publishedAt is null order by id", OutboxEvent.class)
                    .setMaxResults(batchSize).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
            for (OutboxEvent row : rows) {
                acks.add(emitter.sendMessage(toMessage(row)).subscribeAsCompletionStage());
            }
            Instant now = Instant.now(clock);
            int published = 0;
            RuntimeException failure = null;
            for (int i = 0; i < rows.size(); i++) {
                OutboxEvent row = rows.get(i);
                try {
                    acks.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                    row.publishedAt = now;
                    published++;
                    registry.counter("showroom.events.published", "topic", row.topic).increment();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("publishing " + row.topic + " failed: " + rootMessage(e), e);
                    }
                }
            }
            if (failure != null) {
                registry.counter("showroom.events.publish.failures").increment();
                LOG.warn(failure.getMessage());
            }
            return published;
        }));
    }

    private Message<String> toMessage(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        if (row.correlationId != null) {
            headers.add("correlation-id", row.correlationId.getBytes(StandardCharsets.UTF_8));
        }
        if (row.traceparent != null) {
            headers.add(Correlation.TRACEPARENT, row.traceparent.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(row.topic)
                .withKey(row.key)
                .withHeaders(headers)
                .build();
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row.eventId.toString())
                .withSource(URI.create("/showroom/" + applicationName))
                .withType(row.type)
                .withSubject(row.subject)
                .withDataContentType("application/json")
                .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                .build();
        return Message.of(row.payload).addMetadata(kafka).addMetadata(cloudEvent);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }

    /**
     * The scheduler may tick before Reactive Messaging has wired the {@code outbox} channel (it does so on
     * start-up, after connecting to Kafka); such a tick would fail to create the emitter. It is skipped.
     */
    @Singleton
    public static class UntilMessagingStarted implements Scheduled.SkipPredicate {

        private volatile boolean started;

        void started(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
            started = true;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !started;
        }
    }
}
