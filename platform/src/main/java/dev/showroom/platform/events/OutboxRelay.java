package dev.showroom.platform.events;

import dev.showroom.platform.base.Correlation;
import dev.showroom.platform.jobs.WakeUps;
import dev.showroom.platform.tenancy.DealerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, then marks them sent. A
 * failed send holds back the later events of its key until it went out (see {@link #publishBatch()}).
 *
 * <p>Only one relay publishes at a time across all replicas (a PostgreSQL advisory lock held for the
 * batch's transaction), which keeps the order per key and stops two relays sending the same row.
 * A row is marked sent only after the broker acknowledged it; if the broker is down the rows stay
 * pending and the next run sends them. A crash between the acknowledgement and the commit can send
 * a row twice: consumers apply each {@code ce_id} once.
 *
 * <p>When it runs: after a commit that wrote events, at once or {@code showroom.outbox.gather} later, one run for
 * the commits that came while it was due (under load a capture commits every few milliseconds: a run per commit
 * was a transaction per capture, most of them finding nothing left to send); again after
 * {@code showroom.outbox.retry-after} (doubling up to {@code .retry-max}) while a run leaves rows
 * behind (a failed send, the database away, another replica holding the lock); and, as a safety net
 * for rows nobody woke a relay for (a replica that died between its commit and its send), every
 * {@code showroom.outbox.poll-interval}. An idle service therefore does not poll its outbox every few
 * seconds (docs/benchmarks.md, "The idle suite").
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
    TransactionManager transactions;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "showroom.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "showroom.outbox.send-timeout", defaultValue = "PT20S")
    Duration sendTimeout;

    @ConfigProperty(name = "showroom.outbox.gather", defaultValue = "0ms")
    Duration gather;

    @ConfigProperty(name = "showroom.outbox.retry-after", defaultValue = "1s")
    Duration retryAfter;

    @ConfigProperty(name = "showroom.outbox.retry-max", defaultValue = "10s")
    Duration retryMax;

    /** The commits' wake-ups and the ticks: a commit while a run is scheduled and not reading yet goes with it. */
    private final WakeUps wakeUps = new WakeUps(this::run);
    /** Runs the wake-ups and the retries: one thread, asleep while nothing is pending. */
    private final ScheduledExecutorService relayThread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    /** Runs in a row that left rows behind (0: the last run published everything it read). */
    private int failedRuns;

    private ScheduledFuture<?> retry;

    /**
     * After a commit that wrote events (once per transaction): publish them after {@code gather} rather than at the
     * next tick. A commit while a run is already scheduled (not yet reading) leaves its rows to that run; one after
     * the run started reading makes it go round once more, so no row waits for a tick ({@link WakeUps}).
     */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        // refused while shutting down: the rows stay pending and go out at the next start's first tick
        wakeUps.wake(run -> relayThread.schedule(run, gather.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** The safety net: rows nobody woke a relay for (a replica died between its commit and its send). */
    @Scheduled(
            every = "${showroom.outbox.poll-interval:30s}",
            delayed = "${showroom.outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilMessagingStarted.class)
    void tick() {
        drain();
    }

    /**
     * Publishes until nothing is pending; concurrent calls on one replica coalesce into one loop. A run that
     * leaves rows behind schedules another (see {@link #retryDelay(int, Duration, Duration)}).
     */
    public void drain() {
        wakeUps.runHere();
    }

    /** One run: batches until nothing is pending; false after a failure (its retry is scheduled, not looped). */
    private boolean run() {
        boolean leftBehind;
        boolean failed = false;
        try {
            Batch batch;
            do {
                batch = publishBatch();
            } while (batch.read() == batchSize && batch.published() > 0);
            leftBehind = batch.read() < 0 || batch.published() < batch.read();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: %s; the pending events stay and go out at the next run", e.toString());
            leftBehind = true;
            failed = true;
        }
        afterRun(leftBehind);
        return !failed;
    }

    /** Another run soon while rows are left behind; none (until the next wake-up or tick) once all went out. */
    private synchronized void afterRun(boolean leftBehind) {
        if (!leftBehind) {
            failedRuns = 0;
            return;
        }
        failedRuns++;
        if (retry != null && !retry.isDone()) {
            return;
        }
        try {
            retry = relayThread.schedule(
                    this::drain, retryDelay(failedRuns, retryAfter, retryMax).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    /** {@code first}, doubled for each further run in a row that left rows behind, at most {@code max}. */
    static Duration retryDelay(int failedRuns, Duration first, Duration max) {
        Duration delay = first;
        for (int i = 1; i < failedRuns && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }

    /**
     * One batch in one transaction (see {@link #publishBatch()}).
     *
     * @return how many rows were published, or -1 if another relay holds the lock
     */
    public int relayBatch() {
        Batch batch = publishBatch();
        return batch.read() < 0 ? -1 : batch.published();
    }

    /** @param read rows read (-1: another relay holds the lock), published: rows acknowledged and marked sent */
    record Batch(int read, int published) {}

    /**
     * One batch in one transaction: lock, read the oldest pending rows, send them, mark the acknowledged
     * ones sent in one statement.
     *
     * <p>The events of one key on one topic (one partition, one lead) go out one after another: the next
     * is sent only once the broker acknowledged the one before, and after a failure none of that key's
     * later events is sent in this batch. They stay pending behind the failed one and go out after it, so
     * a failed send can never let a lead's later event overtake it on the topic. Different keys go out
     * side by side, a round at a time (the first pending event of every key, then the second, ...).
     */
    Batch publishBatch() {
        return DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                            .setParameter(1, RELAY_LOCK)
                            .getSingleResult();
                    if (!locked) {
                        return new Batch(-1, 0);
                    }
                    List<OutboxEvent> rows = em.createQuery(
                                    "from OutboxEvent where publishedAt is null order by id", OutboxEvent.class)
                            .setHint(HibernateHints.HINT_READ_ONLY, true)
                            .setMaxResults(batchSize)
                            .getResultList();
                    if (rows.isEmpty()) {
                        return new Batch(0, 0);
                    }
                    Map<String, Deque<OutboxEvent>> byKey = new LinkedHashMap<>();
                    for (OutboxEvent row : rows) {
                        byKey.computeIfAbsent(row.topic + '\u0000' + row.key, k -> new ArrayDeque<>())
                                .add(row);
                    }
                    List<Long> acknowledged = new ArrayList<>(rows.size());
                    while (!byKey.isEmpty()) {
                        List<OutboxEvent> round = new ArrayList<>(byKey.size());
                        List<CompletableFuture<Void>> acks = new ArrayList<>(byKey.size());
                        for (Deque<OutboxEvent> pending : byKey.values()) {
                            round.add(pending.poll());
                        }
                        sendOutsideTheTransaction(round, acks);
                        long deadline = System.nanoTime() + sendTimeout.toNanos();
                        for (int i = 0; i < round.size(); i++) {
                            OutboxEvent row = round.get(i);
                            String key = row.topic + '\u0000' + row.key;
                            try {
                                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                                acknowledged.add(row.id);
                                registry.counter("showroom.events.published", "topic", row.topic)
                                        .increment();
                            } catch (Exception e) {
                                int later = byKey.remove(key).size();
                                registry.counter("showroom.events.publish.failures")
                                        .increment();
                                LOG.warnf(
                                        "publishing outbox row %d (%s) failed: %s; %d later event(s) of its key wait for it",
                                        row.id, row.topic, rootMessage(e), later);
                                if (e instanceof InterruptedException) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                        }
                        byKey.values().removeIf(Deque::isEmpty);
                    }
                    if (!acknowledged.isEmpty()) {
                        markSent(acknowledged);
                        // how many events a run publishes: with the count, how many runs (and so transactions) it took
                        registry.summary("showroom.outbox.run.events").record(acknowledged.size());
                    }
                    return new Batch(rows.size(), acknowledged.size());
                }));
    }

    /**
     * The acknowledged rows marked sent in one statement whose text is the same for any number of rows (an array,
     * not an {@code in} list): HQL's {@code id in :ids} was translated again for each batch, and each length of the
     * list was another statement for PostgreSQL to plan (docs/benchmarks.md, round five of the capture).
     */
    private void markSent(List<Long> ids) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("update outbox_event set published_at = ? where id = any(?)")) {
                update.setObject(1, now);
                update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                update.executeUpdate();
            }
        });
    }

    /**
     * Hands the rows to the emitter with the batch's transaction suspended: the sends complete on the Kafka client's
     * threads, and context propagation would otherwise carry the transaction there, so that the batch's commit
     * could find "multiple threads active" in it, be rolled back, and send its rows again at the next run. The
     * sends need nothing of the transaction; the relay waits for their acknowledgements after resuming it.
     */
    private void sendOutsideTheTransaction(List<OutboxEvent> rows, List<CompletableFuture<Void>> acks)
            throws SystemException, InvalidTransactionException {
        Transaction batch = transactions.suspend();
        try {
            for (OutboxEvent row : rows) {
                acks.add(emitter.sendMessage(toMessage(row)).subscribeAsCompletionStage());
            }
        } finally {
            transactions.resume(batch);
        }
    }

    private Message<String> toMessage(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        if (row.correlationId != null) {
            headers.add("correlation-id", row.correlationId.getBytes(StandardCharsets.UTF_8));
        }
        if (row.traceparent != null) {
            headers.add(Correlation.TRACEPARENT, row.traceparent.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.key)
                .withHeaders(headers)
                .build();
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row.eventId.toString())
                .withSource(URI.create("/showroom/" + applicationName))
                .withType(row.type)
                .withSubject(row.subject)
                // a tombstone (null payload) has no data, so no content type either
                .withDataContentType(row.payload == null ? null : "application/json")
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
        relayThread.shutdownNow();
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
