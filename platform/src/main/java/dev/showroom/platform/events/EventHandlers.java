package dev.showroom.platform.events;

import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** What a service does with the events of one topic. */
    public record Handler<T>(String topic, Class<T> type, boolean state, Consumer<IncomingEvent<T>> effect) {}

    private final Map<String, Handler<?>> byTopic = new LinkedHashMap<>();

    /** Each event of {@code topic} is applied once (a redelivery changes nothing). */
    public <T> EventHandlers event(String topic, Class<T> type, Consumer<IncomingEvent<T>> effect) {
        return add(new Handler<>(topic, type, false, effect));
    }

    /**
     * A compacted topic holding the current state of a key: a value is applied like any event, a tombstone
     * (null value) changes nothing here (see {@link EventInbox#applyState}).
     */
    public <T> EventHandlers state(String topic, Class<T> type, Consumer<IncomingEvent<T>> effect) {
        return add(new Handler<>(topic, type, true, effect));
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
