package dev.showroom.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.base.Correlation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Announces a state change: the event row is written in the caller's transaction, so the change and
 * its event commit together or not at all. {@link OutboxRelay} publishes it after the commit.
 *
 * <p>The rows of a transaction are written together, in one statement, as it commits (before its completion,
 * in the order they were announced, so the relay's order by id is theirs): a lead capture announces three or four
 * events, and the table's identity key made each its own insert and round trip, with Hibernate flushing the
 * entities before each (docs/benchmarks.md, round five of the capture). Code that reads or changes
 * {@code outbox_event} in the transaction that announced rows calls {@link #flush()} first.
 */
@ApplicationScoped
public class Outbox {

    /** The rows a transaction has announced and not written yet (a transaction resource). */
    private static final Object PENDING = new Object();

    private static final String INSERT = "insert into outbox_event (event_id, topic, event_key, ce_type, subject, "
            + "payload, correlation_id, traceparent, occurred_at) "
            + "select e.event_id, e.topic, e.event_key, e.ce_type, e.subject, e.payload, e.correlation_id, "
            + "e.traceparent, e.occurred_at from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), "
            + "cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), "
            + "cast(? as timestamptz[])) with ordinality as e(event_id, topic, event_key, ce_type, subject, payload, "
            + "correlation_id, traceparent, occurred_at, n) order by e.n";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

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
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = (List<OutboxEvent>) transaction.getResource(PENDING);
        if (pending == null) {
            List<OutboxEvent> rows = new ArrayList<>();
            transaction.putResource(PENDING, rows);
            // the session and its connection join the transaction now: in its completion it is too late for that
            em.unwrap(Session.class).doWork(connection -> {});
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    insert(rows);
                }

                @Override
                public void afterCompletion(int status) {}
            });
            pending = rows;
            // one wake-up per transaction, however many rows it writes
            written.fire(new OutboxWritten(row.topic));
        }
        pending.add(row);
        return row.eventId;
    }

    /**
     * Writes the rows this transaction has announced so far, so that a statement of the transaction that reads or
     * changes {@code outbox_event} sees them (the erasure's {@code PersonalData.forget}); the rows announced later
     * are written as it commits.
     */
    public void flush() {
        if (transaction.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = (List<OutboxEvent>) transaction.getResource(PENDING);
        if (pending != null) {
            insert(pending);
        }
    }

    /** The rows in one statement, in their order (the ids the relay publishes by), and forgotten. */
    private void insert(List<OutboxEvent> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            OutboxEvent row = rows.get(i);
            columns[0][i] = row.eventId.toString();
            columns[1][i] = row.topic;
            columns[2][i] = row.key;
            columns[3][i] = row.type;
            columns[4][i] = row.subject;
            columns[5][i] = row.payload;
            columns[6][i] = row.correlationId;
            columns[7][i] = row.traceparent;
            columns[8][i] = row.occurredAt.toString();
        }
        rows.clear();
        // Through a handle of its own on the transaction's connection, closed at once. As the transaction commits the
        // session has already let go of its handle: one it took again here stayed open until after the commit, and
        // the pool warned "Closing open connection(s) prior to commit" for every transaction that announced events.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            // the exception Hibernate's own statements would raise (a lost connection is a 503, as anywhere else)
            throw em.unwrap(SessionImplementor.class)
                    .getJdbcServices()
                    .getSqlExceptionHelper()
                    .convert(e, "writing the outbox rows");
        }
    }

    /** Fired inside the transaction for its first row; the relay wakes up once it has committed. */
    public record OutboxWritten(String topic) {}
}
