package dev.showroom.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.base.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Announces a state change: the event row is written in the caller's transaction, so the change and
 * its event commit together or not at all. {@link OutboxRelay} publishes it after the commit.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction that has announced its rows to the relay already. */
    private static final Object ANNOUNCED = new Object();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /**
     * @param topic   a topic of asyncapi.yaml ({@link Topics})
     * @param key     the Kafka key: the lead id for anything about one prospect
     * @param subject the aggregate the event is about (ce_subject)
     * @param payload the record of {@code dev.showroom.contracts.Events} for that topic
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, Object key, Object subject, Object payload) {
        Objects.requireNonNull(payload, "payload (a null value is a tombstone: use tombstone())");
        return write(topic, key, subject, payload);
    }

    /**
     * A tombstone for {@code key} on a compacted topic: a record with a null value (and the usual CloudEvents
     * headers), after which compaction removes every earlier value of the key from the broker. It keeps its
     * place among the key's records like any event (same outbox order, same relay).
     *
     * @param topic a compacted topic of asyncapi.yaml (lead.contact)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID tombstone(String topic, Object key, Object subject) {
        return write(topic, key, subject, null);
    }

    private UUID write(String topic, Object key, Object subject, Object payload) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = topic;
        row.key = String.valueOf(key);
        row.type = Topics.ceType(topic);
        row.subject = subject == null ? null : subject.toString();
        try {
            row.payload = payload == null ? null : mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + payload.getClass(), e);
        }
        row.correlationId = Correlation.correlationId();
        row.traceparent = Correlation.traceparent();
        row.occurredAt = Instant.now(clock);
        em.persist(row);
        if (transaction.getResource(ANNOUNCED) == null) {
            // one wake-up per transaction, however many rows it writes
            transaction.putResource(ANNOUNCED, Boolean.TRUE);
            written.fire(new OutboxWritten(row.topic));
        }
        return row.eventId;
    }

    /** Fired inside the transaction for its first row; the relay wakes up once it has committed. */
    public record OutboxWritten(String topic) {}
}
