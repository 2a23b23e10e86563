package dev.showroom.platform.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The events a service applies, one handler per consumed topic. The platform's one consumer
 * ({@link EventDispatcher}) fires this object once at start; each capability that consumes events observes it
 * and names its topics, the payload type and the effect (run in the event's transaction, for its dealer):
 *
 * <pre>
 * void subscribe(&#64;Observes EventHandlers on) {
 *     on.event(Topics.LEAD_CREATED, Events.LeadCreated.class, this::onLeadCreated)
 *             .state(Topics.LEAD_CONTACT, Events.LeadContact.class, this::onLeadContact);
 * }
 * </pre>
 *
 * The dispatch is by topic: a topic carries one event (its {@code ce_type} names the version, which the payload
 * type reads whatever it is), and every record has its topic, while a malformed one may lack its headers. A
 * topic has at most one handler in a service: the inbox keeps one row per service and event.
 */
public final class EventHandlers {

    /**
     * What a service does with the events of one topic: {@code effect} for each event, or (a handler made with
     * {@link #events}) {@code together} for the events of a batch at once.
     */
    public record Handler<T>(
            String topic,
            Class<T> type,
            boolean state,
            Consumer<IncomingEvent<T>> effect,
            Consumer<List<IncomingEvent<T>>> together) {

        /** The effect of one event (a set-based handler is given a list of one). */
        public void apply(IncomingEvent<T> event) {
            if (together != null) {
                together.accept(List.of(event));
            } else {
                effect.accept(event);
            }
        }
    }

    private final Map<String, Handler<?>> byTopic = new LinkedHashMap<>();

    /** Each event of {@code topic} is applied once (a redelivery changes nothing). */
    public <T> EventHandlers event(String topic, Class<T> type, Consumer<IncomingEvent<T>> effect) {
        return add(new Handler<>(topic, type, false, effect, null));
    }

    /**
     * Each event of {@code topic} is applied once, like {@link #event}, but the effect takes the events of one
     * partition and one dealer that are new to the service together, in their order, in one transaction: an
     * effect that writes them with one statement instead of one per event (a redelivered event is not in the
     * list; when the batch fails and its events are applied one at a time, each comes in a list of one). The
     * effect must give the result the events applied one after another would give. It runs with the events'
     * correlation id when they share one, with none otherwise.
     */
    public <T> EventHandlers events(String topic, Class<T> type, Consumer<List<IncomingEvent<T>>> together) {
        return add(new Handler<>(topic, type, false, null, together));
    }

    /**
     * A compacted topic holding the current state of a key: a value is applied like any event, a tombstone
     * (null value) changes nothing here (see {@link EventInbox#applyState}).
     */
    public <T> EventHandlers state(String topic, Class<T> type, Consumer<IncomingEvent<T>> effect) {
        return add(new Handler<>(topic, type, true, effect, null));
    }

    private EventHandlers add(Handler<?> handler) {
        if (byTopic.putIfAbsent(handler.topic(), handler) != null) {
            throw new IllegalStateException("two handlers of " + handler.topic() + " in one service");
        }
        return this;
    }

    /** The handler of {@code topic}, or null. */
    public Handler<?> of(String topic) {
        return byTopic.get(topic);
    }

    public Set<String> topics() {
        return Collections.unmodifiableSet(byTopic.keySet());
    }
}
