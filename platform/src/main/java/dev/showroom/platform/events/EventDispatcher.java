package dev.showroom.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The service's one consumer of events: one channel ({@code events}) subscribed to every topic the service
 * consumes, in batches ({@code batch=true}), with {@code concurrency} copies that share the partitions. Each
 * record goes to the handler of its topic ({@link EventHandlers}, which the service's capabilities fill in).
 *
 * <p>A batch is applied per dealer (the tenant is fixed per Hibernate session): the events of one dealer, of
 * every partition of the batch, in one transaction ({@link EventInbox#applyAll}), key by key, each key's events
 * partition after partition and each partition's in their order ({@link #byKey}). Order per key holds: a key (a lead,
 * a dealer's roster or profile) is on one partition of a topic and belongs to one dealer, so its events are in one
 * group, in their order. One transaction per
 * dealer rather than per partition: a lead capture's events (lead.created, lead.contact, lead.assigned) are on
 * three topics, and a poll that brings them together applies them in one transaction, not three
 * (docs/benchmarks.md, round five of the capture). A record that cannot be read is poison and goes
 * to the dead-letter topic at once; when a group's transaction fails (an effect's poison, a collision, the
 * database away) it is rolled back and its events are applied one at a time, each in its own transaction
 * with the retries of {@link EventInbox#apply(EventInbox.Pending)}, so that only the poison goes to the
 * dead-letter topic and the others keep their order. SmallRye commits the batch's offsets once this method
 * has returned: at least once.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    @Inject
    Event<EventHandlers> subscriptions;

    @Inject
    EventInbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "mp.messaging.incoming.events.topics")
    Optional<List<String>> subscribed;

    private volatile EventHandlers handlers;

    /**
     * Set when the application begins to stop (before the session factory, the pool and the producers close): a
     * batch that fails from then on failed because of the stop, not because of its events.
     */
    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    /** Whether a failure now is the stop's (the application stopping, or this thread interrupted by it). */
    private boolean stopped() {
        return stopping || Thread.currentThread().isInterrupted();
    }

    /** The handlers the service's capabilities declare, asked for once. */
    public EventHandlers handlers() {
        EventHandlers known = handlers;
        if (known == null) {
            synchronized (this) {
                known = handlers;
                if (known == null) {
                    known = new EventHandlers();
                    subscriptions.fire(known);
                    handlers = known;
                }
            }
        }
        return known;
    }

    /** A topic with a handler that the channel does not read (or the other way round) is a mistake of the configuration. */
    void checkSubscriptions(@Observes StartupEvent start) {
        Set<String> handled = new TreeSet<>(handlers().topics());
        Set<String> read = new TreeSet<>(subscribed.orElse(List.of()));
        if (!handled.equals(read)) {
            throw new IllegalStateException("mp.messaging.incoming.events.topics must list the topics with a handler: "
                    + handled + ", not " + read);
        }
    }

    @Incoming("events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        Map<String, List<EventInbox.Pending<?>>> byDealer = new LinkedHashMap<>();
        for (TopicPartition partition : records.partitions()) {
            prepare(records.records(partition), byDealer);
        }
        byDealer.forEach((dealer, events) -> apply(dealer, byKey(events)));
    }

    /**
     * A dealer's events grouped by key, each key's in the order they came (a key's events of one partition in the
     * partition's order, its partitions one after another), the keys in the order of their first event; a handler
     * that takes its events together ({@link EventHandlers#events}) has its events in one group, so that they stay
     * one run. Order per key is all Kafka promises, and it holds; events of different keys have none to keep. Why:
     * a capture's lead.created, lead.contact, lead.assigned and lead.graded are on four topics, so a large poll
     * brought each lead's four events far apart (all the lead.created, then all the lead.contact, ...), and the
     * lead's copy, which the session keeps from one effect to the next for at most {@link EventInbox#CARRIED_COPIES}
     * leads, was looked up again for each of them once a poll held more leads than that (docs/benchmarks.md, round
     * seven of the capture).
     */
    static List<EventInbox.Pending<?>> byKey(List<EventInbox.Pending<?>> events) {
        if (events.size() < 3) {
            return events;
        }
        Map<Object, List<EventInbox.Pending<?>>> groups = new LinkedHashMap<>();
        for (EventInbox.Pending<?> pending : events) {
            Object group = pending.handler().together() != null
                    ? pending.handler()
                    : pending.record().key();
            groups.computeIfAbsent(group, g -> new ArrayList<>(4)).add(pending);
        }
        if (groups.size() == events.size()) {
            return events;
        }
        List<EventInbox.Pending<?>> ordered = new ArrayList<>(events.size());
        groups.values().forEach(ordered::addAll);
        return ordered;
    }

    /** Reads the records of one partition, in their order, into their dealer's group; the unreadable are poison. */
    private void prepare(
            List<ConsumerRecord<String, String>> records, Map<String, List<EventInbox.Pending<?>>> byDealer) {
        for (ConsumerRecord<String, String> record : records) {
            EventHandlers.Handler<?> handler = handlers().of(record.topic());
            try {
                if (handler == null) {
                    throw new PoisonEventException("no handler of " + record.topic());
                }
                if (handler.state() && record.value() == null) {
                    inbox.tombstone(record);
                    continue;
                }
                EventInbox.Pending<?> pending = inbox.prepare(record, handler);
                byDealer.computeIfAbsent(pending.dealer(), d -> new ArrayList<>())
                        .add(pending);
            } catch (RuntimeException poison) {
                deadLetters.send(record, poison);
            }
        }
    }

    /** A record read for its topic's handler as a poll's are; a test hands the inbox a batch of its own with it. */
    public EventInbox.Pending<?> prepare(ConsumerRecord<String, String> record) {
        return inbox.prepare(record, handlers().of(record.topic()));
    }

    /**
     * Applies a dealer's events together, or one at a time after that failed; only the poison goes to the dead-letter
     * topic. While the application stops, a failure is thrown instead: nothing applied, nothing dead-lettered, the
     * batch's offsets not committed, so the events come again after the restart (a stop in the middle of a batch sent
     * 466 good events of order-service to its dead-letter topic, each failing with "EntityManagerFactory is closed").
     */
    void apply(String dealer, List<EventInbox.Pending<?>> events) {
        try {
            inbox.applyAll(dealer, events);
            return;
        } catch (RuntimeException e) {
            if (stopped()) {
                throw e;
            }
            ConsumerRecord<String, String> first = events.get(0).record();
            LOG.infof(
                    "%d events of %s-%d from offset %d failed together (%s): applying them one at a time",
                    events.size(), first.topic(), first.partition(), first.offset(), e.toString());
            registry.counter("showroom.events.batch.fallbacks", "topic", first.topic())
                    .increment();
        }
        for (EventInbox.Pending<?> pending : events) {
            try {
                inbox.apply(pending);
            } catch (RuntimeException poison) {
                if (stopped()) {
                    // the stop's failure: not applied, not dead-lettered, its offset not committed
                    throw poison;
                }
                deadLetters.send(pending.record(), poison);
            }
        }
    }
}
