package dev.showroom.platform.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.base.Correlation;
import dev.showroom.platform.base.TransientFailures;
import dev.showroom.platform.leadcopy.LeadCopy;
import dev.showroom.platform.persistence.Collisions;
import dev.showroom.platform.persistence.EffectStatements;
import dev.showroom.platform.tenancy.DealerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event once. The event's {@code ce_id} is recorded in the same transaction as its
 * effect, so a redelivery finds it and changes nothing. A record that cannot be read (no ce_id, bad
 * JSON, no dealer) throws {@link PoisonEventException}: it goes to {@code <service>.dlq} with the reason in
 * its headers ({@link DeadLetters}) and the consumer carries on.
 * A database that does not answer, or a write that collided with another, is not poison: the event is
 * tried again (see retryingTransientFailures).
 *
 * <p>Services do not call it themselves: the platform's one consumer ({@link EventDispatcher}) applies the batch
 * of a partition with {@link #applyAll} and falls back to {@link #apply(Pending)}, one event at a time, when it
 * fails.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final long MAX_PAUSE_MS = 5_000;
    private static final int MAX_COLLISIONS = 5;

    /** One try of an event's transaction, running now on a consumer thread (what {@link StuckConsumerCheck} watches). */
    public record Attempt(String topic, int partition, long offset, long startedNanos) {
        public Duration age() {
            return Duration.ofNanos(System.nanoTime() - startedNanos);
        }

        @Override
        public String toString() {
            return topic + "-" + partition + "@" + offset;
        }
    }

    private final ObjectMapper mapper;
    private final Map<Thread, Attempt> attempts = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String consumer;

    @Inject
    public EventInbox(ObjectMapper mapper) {
        // newer producers may add fields: a consumer ignores what it does not know
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * An event read from its record (envelope, payload, dealer, the correlation id and trace context of its
     * headers), with the handler that applies it.
     */
    public record Pending<T>(
            ConsumerRecord<String, String> record,
            IncomingEvent<T> event,
            String dealer,
            EventHandlers.Handler<T> handler,
            String correlationId,
            String traceparent) {

        /** The handler's effect, in the caller's transaction (a test counts what one effect costs). */
        public void applyEffect() {
            handler.apply(event);
        }
    }

    /** Reads the record for {@code effect}; anything unreadable (no ce_id, bad JSON, no dealer) is poison. */
    public <T> Pending<T> prepare(
            ConsumerRecord<String, String> record, Class<T> type, Consumer<IncomingEvent<T>> effect) {
        return prepare(record, new EventHandlers.Handler<>(record.topic(), type, false, effect, null));
    }

    /**
     * Reads the record for {@code handler}, its headers in one pass and its JSON once (the dealer is found by
     * a scan of the top-level fields that stops at it); anything unreadable (no ce_id, bad JSON, no dealer)
     * is poison.
     */
    public <T> Pending<T> prepare(ConsumerRecord<String, String> record, EventHandlers.Handler<T> handler) {
        Envelope envelope = Envelope.of(record);
        IncomingEvent<T> event = read(record, envelope, handler.type());
        return new Pending<>(record, event, dealerOf(record), handler, envelope.correlationId, envelope.traceparent);
    }

    /**
     * Applies {@code effect} to the event in its own transaction, for the event's dealer, unless this
     * service has applied the same {@code ce_id} before.
     *
     * @return true if applied now, false if it was a redelivery
     */
    public <T> boolean apply(ConsumerRecord<String, String> record, Class<T> type, Consumer<IncomingEvent<T>> effect) {
        return apply(prepare(record, type, effect));
    }

    /**
     * Applies one prepared event in its own transaction (with the retries of retryingTransientFailures): the
     * path of an event on its own, and of each event of a batch whose transaction failed.
     *
     * @return true if applied now, false if it was a redelivery
     */
    public boolean apply(Pending<?> pending) {
        ConsumerRecord<String, String> record = pending.record();
        IncomingEvent<?> event = pending.event();
        String previousCorrelation = Correlation.correlationId();
        String previousTrace = Correlation.traceparent();
        Correlation.set(pending.correlationId(), pending.traceparent());
        try {
            boolean applied = retryingTransientFailures(
                    record,
                    () -> DealerContext.call(
                            pending.dealer(),
                            () -> QuarkusTransaction.requiringNew().call(() -> {
                                int inserted = em.createNativeQuery(
                                                "insert into processed_event (consumer, event_id, topic) "
                                                        + "values (?1, ?2, ?3) on conflict do nothing")
                                        .setParameter(1, consumer)
                                        .setParameter(2, event.id())
                                        .setParameter(3, record.topic())
                                        .executeUpdate();
                                if (inserted == 0) {
                                    return false;
                                }
                                pending.applyEffect();
                                return true;
                            })));
            consumed(record.topic(), applied ? "applied" : "duplicate", 1);
            return applied;
        } finally {
            Correlation.set(previousCorrelation, previousTrace);
        }
    }

    /**
     * Applies events of one dealer in one transaction, in their order (those of one partition in the partition's
     * order; a batch's partitions one after another): the inbox rows of all
     * of them in one statement (a redelivered one inserts none and is skipped), then the effect of each event
     * inserted now, or, for a handler made with {@link EventHandlers#events}, one effect for all of them. The
     * persistence context is flushed after each effect, so that the next one reads what it wrote, and lets go of
     * all it holds but the lead copies (see applyEffects), so that a long batch costs no more per event than a short
     * one. Any failure rolls the
     * whole transaction back and is thrown, with nothing applied: the caller then applies the events one at a
     * time ({@link #apply(Pending)}), so that only the poison goes to the dead-letter topic. The try is
     * watched by {@link StuckConsumerCheck} like one event's.
     *
     * @return how many were applied now (the others were redeliveries)
     */
    public int applyAll(String dealer, List<Pending<?>> events) {
        if (events.isEmpty()) {
            return 0;
        }
        ConsumerRecord<String, String> first = events.get(0).record();
        String previousCorrelation = Correlation.correlationId();
        String previousTrace = Correlation.traceparent();
        Thread self = Thread.currentThread();
        attempts.put(self, new Attempt(first.topic(), first.partition(), first.offset(), System.nanoTime()));
        List<Pending<?>> applied;
        try {
            applied = DealerContext.call(
                    dealer,
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        Set<String> fresh = recordAll(events);
                        List<Pending<?>> now = new ArrayList<>(fresh.size());
                        for (Pending<?> pending : events) {
                            // a ce_id twice in one batch: its first record only
                            if (fresh.remove(pending.event().id())) {
                                now.add(pending);
                            }
                        }
                        applyEffects(now);
                        return now;
                    }));
        } finally {
            attempts.remove(self);
            Correlation.set(previousCorrelation, previousTrace);
        }
        Map<String, int[]> byTopic = new LinkedHashMap<>(); // per topic: events, applied
        for (Pending<?> pending : events) {
            byTopic.computeIfAbsent(pending.record().topic(), t -> new int[2])[0]++;
        }
        for (Pending<?> pending : applied) {
            byTopic.get(pending.record().topic())[1]++;
        }
        byTopic.forEach((topic, counts) -> {
            consumed(topic, "applied", counts[1]);
            consumed(topic, "duplicate", counts[0] - counts[1]);
            registry.counter("showroom.events.batches", "topic", topic).increment();
        });
        return applied.size();
    }

    /**
     * The effects of the events, in their order: one at a time, or each run of events of a handler made with
     * {@link EventHandlers#events} in one call. The events come key by key ({@link EventDispatcher#byKey}), and a
     * key's run of effects shares the session: a capture's lead.created, lead.contact and lead.assigned each change
     * the lead's copy, which is written once, after the key's last effect, instead of once per effect (an update of
     * the copy and a flush per event: docs/benchmarks.md, round eight of the capture). Within the run an effect's
     * queries still see what the earlier ones changed: Hibernate flushes before a query that reads a table with
     * pending changes, and before any native statement that names no query space (a statement on the connection
     * itself flushes first, as {@code Invitations} does). After the key's last effect the session is flushed and
     * let go of what it holds, as a clear would, except the lead copies ({@link LeadCopy}): the key's later events in
     * another poll, or a handler that takes a batch's events together, find them in the session instead of looking
     * them up again (round six). Kept only while nothing can have changed their rows round the session
     * ({@link EffectStatements}): an effect whose statements changed rows of a copy table is flushed and clears the
     * session; such a statement while copies are kept (an earlier effect of the key's run, or of an earlier key,
     * loaded them) fails the batch (it is then applied one event at a time); other statements that change rows
     * leave the copies alone (no trigger or foreign key of a copy table). At most {@link #CARRIED_COPIES} are kept
     * (each flush checks them). Before the first effect, the copies of the leads with several events in the batch are
     * looked up in one statement ({@link LeadCopy#lookUpTogether}): no look-up per lead, and a new lead's copy is
     * inserted once, with what all its effects changed (round ten).
     */
    private void applyEffects(List<Pending<?>> events) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        try (EffectStatements.Watch watch = EffectStatements.watch(session, copyTables());
                LeadCopy.LookUp copies = LeadCopy.lookUpTogether(
                        em, copyTypes(), copyTypes().isEmpty() ? List.of() : keysOfSeveralEvents(events))) {
            // the copies looked up count as loaded by the first effect; a new one is not in the session until written
            watch.unwritten(copies::holdsUnwritten);
            int from = 0;
            int run = 0; // effects of the current key's run so far
            while (from < events.size()) {
                Pending<?> first = events.get(from);
                int to = from + 1;
                if (first.handler().together() == null) {
                    Correlation.set(first.correlationId(), first.traceparent());
                    first.applyEffect();
                } else {
                    while (to < events.size() && events.get(to).handler().equals(first.handler())) {
                        to++;
                    }
                    together(first.handler(), events.subList(from, to));
                }
                run++;
                if (watch.namedCopies()) {
                    copies.writeNew();
                    em.flush();
                    em.clear();
                    watch.carrying(false);
                    run = 0;
                } else if (run < MAX_RUN && sameKeyNext(events, from, to)) {
                    watch.carrying(holdsCopies(session));
                } else {
                    copies.writeNew();
                    em.flush();
                    watch.carrying(keepOnlyCopies(session));
                    run = 0;
                }
                from = to;
            }
        }
    }

    /**
     * The most effects of one key that share the session unflushed: what they hold stays managed until the run ends,
     * and each flush before a query walks all of it, so a long run of one key (a backlog of a dealer's roster, keyed
     * by the dealer) is cut into runs of this length. A lead's events of a poll are a handful.
     */
    public static final int MAX_RUN = 16;

    /** Whether the event at {@code to} is of the same (non-null) key as the single effect just applied at {@code from}. */
    private static boolean sameKeyNext(List<Pending<?>> events, int from, int to) {
        if (to != from + 1 || to >= events.size()) {
            return false;
        }
        Pending<?> applied = events.get(from);
        Pending<?> next = events.get(to);
        return applied.handler().together() == null
                && next.handler().together() == null
                && applied.record().key() != null
                && applied.record().key().equals(next.record().key());
    }

    /** Whether the session holds a lead copy (a statement changing its table round the session would leave it stale). */
    private static boolean holdsCopies(SessionImplementor session) {
        return copies(session.getPersistenceContextInternal().reentrantSafeEntityEntries()) > 0;
    }

    /** How many of the entries are lead copies. */
    private static int copies(Map.Entry<Object, EntityEntry>[] entries) {
        int copies = 0;
        for (Map.Entry<Object, EntityEntry> entry : entries) {
            if (entry.getKey() instanceof LeadCopy) {
                copies++;
            }
        }
        return copies;
    }

    /** The most lead copies kept from one effect to the next; with more the session is cleared. */
    static final int CARRIED_COPIES = 64;

    /**
     * Lets go of every entity of the (flushed) session but the lead copies, unless there are more of them than
     * {@link #CARRIED_COPIES} or none: then clears it. True if copies are kept.
     */
    private boolean keepOnlyCopies(SessionImplementor session) {
        PersistenceContext context = session.getPersistenceContextInternal();
        Map.Entry<Object, EntityEntry>[] entries = context.reentrantSafeEntityEntries();
        int copies = copies(entries);
        if (copies == 0 || copies > CARRIED_COPIES || context.getCollectionEntriesSize() > 0) {
            em.clear();
            return false;
        }
        if (copies < entries.length) {
            for (Map.Entry<Object, EntityEntry> entry : entries) {
                if (!(entry.getKey() instanceof LeadCopy)) {
                    em.detach(entry.getKey());
                }
            }
        }
        return true;
    }

    /**
     * The most leads whose copies one statement looks up (LeadCopy.lookUpTogether). More than {@link #CARRIED_COPIES}:
     * a busy poll holds a hundred new leads or more, and a lead the look-up finds absent costs the session nothing
     * (its copy is made, written once, then counted like any other); copies found beyond that many are let go of at
     * the first flush, as before, and looked up again by their effects.
     */
    static final int LOOKED_UP = 256;

    /**
     * The keys that are lead ids and hold more than one of the batch's events, at most {@link #LOOKED_UP}: their
     * copies are looked up together before the effects (LeadCopy.lookUpTogether). A key with one event keeps the insert
     * first of {@link LeadCopy#createOrFind}, one statement for a new lead, where the look-up would add one.
     */
    static List<UUID> keysOfSeveralEvents(List<Pending<?>> events) {
        if (events.size() < 2) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        List<UUID> several = new ArrayList<>();
        for (Pending<?> pending : events) {
            String key = pending.record().key();
            if (key != null && key.length() == 36 && counts.merge(key, 1, Integer::sum) == 2) {
                try {
                    several.add(UUID.fromString(key));
                } catch (IllegalArgumentException notALead) {
                    continue;
                }
                if (several.size() == LOOKED_UP) {
                    break;
                }
            }
        }
        return several;
    }

    private volatile List<Class<? extends LeadCopy>> copyTypes;

    /** This service's lead copies (entities extending {@link LeadCopy}). */
    private List<Class<? extends LeadCopy>> copyTypes() {
        List<Class<? extends LeadCopy>> types = copyTypes;
        if (types == null) {
            List<Class<? extends LeadCopy>> found = new ArrayList<>();
            for (EntityType<?> type : em.getMetamodel().getEntities()) {
                if (LeadCopy.class.isAssignableFrom(type.getJavaType())) {
                    found.add(type.getJavaType().asSubclass(LeadCopy.class));
                }
            }
            types = List.copyOf(found);
            copyTypes = types;
        }
        return types;
    }

    private volatile Set<String> copyTables;

    /** The tables of this service's lead copies ({@link #copyTypes}), lower case. */
    private Set<String> copyTables() {
        Set<String> tables = copyTables;
        if (tables == null) {
            Set<String> found = new HashSet<>();
            for (Class<? extends LeadCopy> type : copyTypes()) {
                Table table = type.getAnnotation(Table.class);
                if (table == null || table.name().isBlank()) {
                    throw new IllegalStateException(type.getName() + " names its table with @Table");
                }
                found.add(table.name().toLowerCase(Locale.ROOT));
            }
            tables = Set.copyOf(found);
            copyTables = tables;
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static <T> void together(EventHandlers.Handler<T> handler, List<Pending<?>> run) {
        List<IncomingEvent<T>> events = new ArrayList<>(run.size());
        String correlation = run.get(0).correlationId();
        String trace = run.get(0).traceparent();
        for (Pending<?> pending : run) {
            events.add((IncomingEvent<T>) pending.event());
            if (!Objects.equals(correlation, pending.correlationId())) {
                correlation = null;
            }
            if (!Objects.equals(trace, pending.traceparent())) {
                trace = null;
            }
        }
        Correlation.set(correlation, trace);
        handler.together().accept(events);
    }

    /** The inbox rows of a batch in one statement; returns the ce_ids inserted now (not seen before). */
    private Set<String> recordAll(List<Pending<?>> events) {
        Map<String, String> topicById = new LinkedHashMap<>();
        for (Pending<?> pending : events) {
            topicById.putIfAbsent(pending.event().id(), pending.record().topic());
        }
        String[] ids = topicById.keySet().toArray(String[]::new);
        String[] topics = topicById.values().toArray(String[]::new);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into processed_event (consumer, event_id, topic) select ?, e.id, e.topic "
                            + "from unnest(?, ?) as e(id, topic) on conflict do nothing returning event_id")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("text", ids));
                insert.setArray(3, connection.createArrayOf("text", topics));
                Set<String> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1));
                    }
                }
                return inserted;
            }
        });
    }

    /** A tombstone of a compacted topic: counted, nothing else (see {@link #applyState}). */
    public void tombstone(ConsumerRecord<String, String> record) {
        consumed(record.topic(), "tombstone", 1);
    }

    private void consumed(String topic, String outcome, int count) {
        if (count > 0) {
            registry.counter("showroom.events.consumed", "topic", topic, "outcome", outcome)
                    .increment(count);
        }
    }

    /**
     * A record of a compacted topic that holds the current state of a key (lead.contact): a value is applied
     * like any event (once per ce_id, poison to the dead-letter topic); a tombstone (null value: the key's
     * data is gone, and compaction removes its earlier values from the broker) changes nothing here. The
     * producer writes the tombstone together with the event that says why (an erasure:
     * customer.erasure-requested, which blanks the local copies and keeps them blank), and a late value
     * cannot bring the data back (LeadCopy keeps the erasure).
     *
     * @return true if a value was applied now
     */
    public <T> boolean applyState(
            ConsumerRecord<String, String> record, Class<T> type, Consumer<IncomingEvent<T>> effect) {
        if (record.value() == null) {
            tombstone(record);
            return false;
        }
        return apply(record, type, effect);
    }

    /**
     * Two kinds of failure are no fault of the event, and it is tried again (with a growing pause) instead
     * of going to the dead-letter topic, where it would be lost: a database that does not answer (tried until
     * it is back; only this record's partition waits, and no offset is committed past it), and a write that
     * collided with another consumer thread or a request writing the same rows at the same moment (e.g.
     * lead.created and lead.assigned both creating the customer copy: a unique key or a version that moved).
     * The transaction was rolled back; the second try sees the other's row. A collision that keeps coming
     * back is the event's own: after a few tries it is poison after all. However long the database stays
     * away, the consumer stays live: SmallRye's age limit on unacknowledged records is off (platform
     * defaults), and {@link StuckConsumerCheck} watches each try, not the wait between tries.
     */
    private <R> R retryingTransientFailures(ConsumerRecord<String, String> record, Supplier<R> work) {
        long pause = 100;
        Thread self = Thread.currentThread();
        for (int collisions = 0; ; ) {
            RuntimeException e;
            // only the try itself is watched: a pause between tries (the database away) is no sign of a hang
            attempts.put(self, new Attempt(record.topic(), record.partition(), record.offset(), System.nanoTime()));
            try {
                return work.get();
            } catch (RuntimeException failure) {
                e = failure;
            } finally {
                attempts.remove(self);
            }
            Throwable unavailable = TransientFailures.unavailableCause(e);
            Throwable collision = unavailable == null ? Collisions.causeOf(e) : null;
            if (unavailable == null && (collision == null || ++collisions >= MAX_COLLISIONS)) {
                throw e;
            }
            LOG.warnf(
                    "%s@%d: %s (%s); trying again in %d ms",
                    record.topic(),
                    record.offset(),
                    unavailable != null ? "the database is unavailable" : "a concurrent write collided",
                    unavailable != null ? unavailable : collision,
                    pause);
            registry.counter(
                            "showroom.events.consumed.retries",
                            "topic",
                            record.topic(),
                            "reason",
                            unavailable != null ? "unavailable" : "collision")
                    .increment();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MS);
        }
    }

    /** The longest-running try to apply an event right now, if any. */
    public Optional<Attempt> oldestAttempt() {
        return attempts.values().stream().min(Comparator.comparingLong(Attempt::startedNanos));
    }

    /** Reads the envelope and payload; anything unreadable is poison. */
    public <T> IncomingEvent<T> read(ConsumerRecord<String, String> record, Class<T> type) {
        return read(record, Envelope.of(record), type);
    }

    private <T> IncomingEvent<T> read(ConsumerRecord<String, String> record, Envelope envelope, Class<T> type) {
        String id = envelope.id;
        if (id == null || id.isBlank()) {
            throw new PoisonEventException("no ce_id header on " + record.topic() + "@" + record.offset());
        }
        if (record.value() == null) {
            throw new PoisonEventException("empty value for event " + id);
        }
        T payload;
        try {
            payload = mapper.readValue(record.value(), type);
        } catch (Exception e) {
            throw new PoisonEventException(
                    "payload of event " + id + " is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        String time = envelope.time;
        Instant at;
        try {
            at = time == null
                    ? Instant.ofEpochMilli(record.timestamp())
                    : OffsetDateTime.parse(time).toInstant();
        } catch (RuntimeException e) {
            throw new PoisonEventException("bad ce_time on event " + id, e);
        }
        return new IncomingEvent<>(
                id, envelope.type, envelope.source, envelope.subject, at, record.topic(), record.key(), payload);
    }

    /**
     * The payload's top-level dealerId, by a scan of the top-level fields that stops at it (nested values are
     * skipped, not read): the payload has been read whole already ({@link #read}), this is no second parse of it.
     */
    private String dealerOf(ConsumerRecord<String, String> record) {
        try (JsonParser parser = mapper.getFactory().createParser(record.value())) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("dealerId".equals(field)) {
                        if (value == JsonToken.VALUE_STRING && !parser.getText().isBlank()) {
                            return parser.getText();
                        }
                        break;
                    }
                    parser.skipChildren();
                }
            }
        } catch (Exception e) {
            throw new PoisonEventException("unreadable event on " + record.topic(), e);
        }
        throw new PoisonEventException("event without dealerId on " + record.topic());
    }

    /** The headers an event is read with, found in one pass over the record's headers (the last of a name wins). */
    private static final class Envelope {
        String id;
        String type;
        String source;
        String subject;
        String time;
        String correlationId;
        String traceparent;

        static Envelope of(ConsumerRecord<?, ?> record) {
            Envelope e = new Envelope();
            for (Header header : record.headers()) {
                switch (header.key()) {
                    case "ce_id" -> e.id = text(header);
                    case "ce_type" -> e.type = text(header);
                    case "ce_source" -> e.source = text(header);
                    case "ce_subject" -> e.subject = text(header);
                    case "ce_time" -> e.time = text(header);
                    case "correlation-id" -> e.correlationId = text(header);
                    case Correlation.TRACEPARENT -> e.traceparent = text(header);
                    default -> {}
                }
            }
            return e;
        }

        private static String text(Header header) {
            return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
