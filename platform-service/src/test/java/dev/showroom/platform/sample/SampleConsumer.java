package dev.showroom.platform.sample;

import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import dev.showroom.platform.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Applies sample.in events once each; "poison" cannot be applied; a text starting with "collide" meets a
 * concurrent writer on its first try (as two consumers creating the same row would); a text in
 * {@link #UNAVAILABLE} finds the database away until the test removes it; a text in {@link #HANGING} hangs
 * in its transaction until the test removes it.
 */
@ApplicationScoped
public class SampleConsumer {

    public record SampleEvent(String dealerId, String text) {}

    private static final Set<String> COLLIDED = ConcurrentHashMap.newKeySet();
    public static final Set<String> UNAVAILABLE = ConcurrentHashMap.newKeySet();
    public static final Set<String> HANGING = ConcurrentHashMap.newKeySet();
    /** Texts whose effect has been tried at least once. */
    public static final Set<String> TRIED = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    void subscribe(@Observes EventHandlers on) {
        on.event("sample.in", SampleEvent.class, this::onSample)
                .events("sample.together", SampleEvent.class, this::onTogether);
    }

    /** The size of each list a set-based effect was given, in order (BatchTest). */
    public static final List<Integer> TOGETHER = new CopyOnWriteArrayList<>();

    /** sample.together: the events of a batch in one call; "poison" anywhere in it fails the call. */
    void onTogether(List<IncomingEvent<SampleEvent>> events) {
        TOGETHER.add(events.size());
        for (IncomingEvent<SampleEvent> event : events) {
            if ("poison".equals(event.payload().text())) {
                throw new PoisonEventException("text 'poison' cannot be applied");
            }
        }
        for (IncomingEvent<SampleEvent> event : events) {
            em.createNativeQuery("insert into sample_effect (event_id, text) values (?1, ?2)")
                    .setParameter(1, event.id())
                    .setParameter(2, event.payload().text())
                    .executeUpdate();
        }
    }

    void onSample(IncomingEvent<SampleEvent> event) {
        String text = event.payload().text();
        TRIED.add(text);
        if (UNAVAILABLE.contains(text)) {
            throw new JDBCConnectionException(
                    "the database is away (test)", new SQLException("Connection refused", "08001"));
        }
        while (HANGING.contains(text)) {
            pause();
        }
        if ("poison".equals(event.payload().text())) {
            throw new PoisonEventException("text 'poison' cannot be applied");
        }
        if (event.payload().text().startsWith("collide") && COLLIDED.add(event.id())) {
            throw new OptimisticLockException("someone else wrote first");
        }
        em.createNativeQuery("insert into sample_effect (event_id, text) values (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, event.payload().text())
                .executeUpdate();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
