package dev.showroom.platform.sample;

import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the relay's wake-ups (the commits that announced outbox rows), per topic of the first row. */
@ApplicationScoped
public class WakeUps {

    private final Map<String, AtomicInteger> byTopic = new ConcurrentHashMap<>();

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        byTopic.computeIfAbsent(written.topic(), t -> new AtomicInteger()).incrementAndGet();
    }

    public int of(String topic) {
        AtomicInteger n = byTopic.get(topic);
        return n == null ? 0 : n.get();
    }
}
