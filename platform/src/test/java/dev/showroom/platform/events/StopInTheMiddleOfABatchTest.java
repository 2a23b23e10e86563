package dev.showroom.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A service stopped while it applies a batch: the session factory closes under the batch, and every event then fails.
 * Those are good events, not poison: they must not go to the dead-letter topic (order-service sent 466 of them there
 * when the launcher stopped it in the middle of a backlog) but come again after the restart, their offsets
 * uncommitted. The poison path itself is unchanged while the service runs.
 */
class StopInTheMiddleOfABatchTest {

    /** An inbox whose session factory has closed: every transaction fails. */
    static final class ClosedInbox extends EventInbox {
        ClosedInbox() {
            super(new ObjectMapper());
        }

        @Override
        public int applyAll(String dealer, List<Pending<?>> events) {
            throw new IllegalStateException("Session/EntityManager is closed");
        }

        @Override
        public boolean apply(Pending<?> pending) {
            throw new IllegalStateException("EntityManagerFactory is closed");
        }
    }

    static final class SentLetters extends DeadLetters {
        final List<ConsumerRecord<String, String>> sent = new ArrayList<>();

        @Override
        public void send(ConsumerRecord<String, String> record, Throwable reason) {
            sent.add(record);
        }
    }

    private final SentLetters letters = new SentLetters();
    private final EventDispatcher dispatcher = new EventDispatcher();

    StopInTheMiddleOfABatchTest() {
        dispatcher.inbox = new ClosedInbox();
        dispatcher.deadLetters = letters;
        dispatcher.registry = new SimpleMeterRegistry();
    }

    @Test
    void aBatchThatFailsWhileTheServiceStopsIsThrownBackNotDeadLettered() {
        dispatcher.stopping(new ShutdownEvent());

        assertThrows(IllegalStateException.class, () -> dispatcher.apply("dealer-sh-01", twoEvents()));
        assertEquals(0, letters.sent.size(), "events dead-lettered by the stop");
    }

    @Test
    void whileTheServiceRunsAnEventThatFailsAloneIsPoison() {
        dispatcher.apply("dealer-sh-01", twoEvents());

        assertEquals(2, letters.sent.size(), "each event that failed on its own goes to the dead-letter topic");
    }

    private static List<EventInbox.Pending<?>> twoEvents() {
        EventHandlers.Handler<String> handler =
                new EventHandlers.Handler<>("lead.assigned", String.class, false, event -> {}, null);
        List<EventInbox.Pending<?>> events = new ArrayList<>();
        for (long offset = 0; offset < 2; offset++) {
            ConsumerRecord<String, String> record =
                    new ConsumerRecord<>("lead.assigned", 1, offset, "lead-" + offset, "{}");
            IncomingEvent<String> event = new IncomingEvent<>(
                    "event-" + offset,
                    "lead.assigned.v1",
                    "lead-service",
                    null,
                    Instant.now(),
                    "lead.assigned",
                    record.key(),
                    "{}");
            events.add(new EventInbox.Pending<>(record, event, "dealer-sh-01", handler, null, null));
        }
        return events;
    }
}
