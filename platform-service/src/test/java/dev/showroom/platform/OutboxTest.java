package dev.showroom.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.events.OutboxRelay;
import dev.showroom.platform.sample.WakeUps;
import dev.showroom.testing.CapturedLog;
import dev.showroom.testing.TestEvents;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Order(2)
class OutboxTest {

    record Numbered(String dealerId, int n) {}

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    WakeUps wakeUps;

    @Inject
    MeterRegistry registry;

    @Test
    void aTransactionWritingManyEventsWakesTheRelayOnce() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 50; i++) {
                outbox.publish("sample.woken", "key-" + i, null, new Numbered("dealer-1", i));
            }
        });
        assertEquals(1, wakeUps.of("sample.woken"));
        TestEvents.awaitCount("sample.woken", r -> true, 50, Duration.ofSeconds(30));
    }

    /**
     * A transaction that announces events commits without the pool closing a connection left open: the rows were
     * written through a connection the session took again after it had let go of its own, and Agroal warned
     * "Closing open connection(s) prior to commit" for every such transaction (each lead capture: a warning line a
     * request in every service's log).
     */
    @Test
    void announcingEventsLeavesNoConnectionOpenAtCommit() {
        List<String> warnings;
        try (CapturedLog pool = CapturedLog.of("io.agroal.pool", Level.WARNING)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish("sample.connection", "key-1", null, new Numbered("dealer-1", 1)));
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish("sample.connection", "key-2", null, new Numbered("dealer-1", 2));
                outbox.flush();
                outbox.publish("sample.connection", "key-3", null, new Numbered("dealer-1", 3));
            });
            warnings = pool.messages();
        }
        assertEquals(List.of(), warnings);
        TestEvents.awaitCount("sample.connection", r -> true, 3, Duration.ofSeconds(30));
    }

    /**
     * Transactions that commit within {@code showroom.outbox.gather} of each other (200 ms in these tests) are
     * published by one run of the relay: one transaction and one produce request for all, not one per commit. The
     * commits are 20 ms apart, longer than a run takes here: without the gathering each is a run of its own.
     */
    @Test
    void commitsOfOneMomentArePublishedByOneRun() throws InterruptedException {
        // the topic known and the relay's first run over (its queries prepared) before the commits that count
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish("sample.gathered", "first", null, new Numbered("dealer-1", -1)));
        TestEvents.awaitCount("sample.gathered", r -> true, 1, Duration.ofSeconds(30));
        Thread.sleep(500);
        DistributionSummary runs = registry.summary("showroom.outbox.run.events");
        long runsBefore = runs.count();
        double eventsBefore = runs.totalAmount();
        for (int i = 0; i < 4; i++) {
            int n = i;
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish("sample.gathered", "key-" + n, null, new Numbered("dealer-1", n)));
            Thread.sleep(20);
        }
        TestEvents.awaitCount("sample.gathered", r -> true, 5, Duration.ofSeconds(30));
        // the run records itself after the broker acknowledged its sends: wait for it
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.totalAmount() - eventsBefore >= 4);
        assertEquals(4, runs.totalAmount() - eventsBefore, "events published");
        assertEquals(1, runs.count() - runsBefore, "runs of the relay that published them");
    }

    @Test
    void everyRowIsPublishedExactlyOnceEvenWithRelaysRacing() throws Exception {
        int rows = 300;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < rows; i++) {
                outbox.publish("sample.raced", "key-" + (i % 7), null, new Numbered("dealer-1", i));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Object>> relays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            relays.add(() -> {
                for (int j = 0; j < 5; j++) {
                    relay.relayBatch();
                }
                return null;
            });
        }
        for (Future<Object> f : pool.invokeAll(relays)) {
            f.get();
        }
        pool.shutdown();
        relay.drain();

        List<ConsumerRecord<String, String>> published =
                TestEvents.awaitCount("sample.raced", r -> true, rows, Duration.ofSeconds(30));
        // the topic may still be receiving: read it once more in full and count per ce_id
        published = TestEvents.all("sample.raced", r -> true);
        Map<String, Integer> perId = new HashMap<>();
        published.forEach(r -> perId.merge(TestEvents.header(r, "ce_id"), 1, Integer::sum));
        assertEquals(rows, perId.size(), "every row published");
        assertEquals(Set.of(1), new HashSet<>(perId.values()), "no row published twice");
    }

    /** Item 11: a tombstone goes out as a null value with its CloudEvents headers, in its key's order. */
    @Test
    void aTombstoneIsANullValueAfterTheKeysEarlierValues() {
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish("sample.state", "lead-8", "lead-8", new Numbered("dealer-1", 1)));
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish("sample.state", "lead-8", "lead-8", new Numbered("dealer-1", 2));
            outbox.tombstone("sample.state", "lead-8", "lead-8");
        });
        List<ConsumerRecord<String, String>> records =
                TestEvents.awaitCount("sample.state", r -> "lead-8".equals(r.key()), 3, Duration.ofSeconds(30));
        assertEquals(3, records.size());
        assertNotNull(records.get(1).value());
        ConsumerRecord<String, String> tombstone = records.get(2);
        assertNull(tombstone.value());
        assertNotNull(TestEvents.header(tombstone, "ce_id"));
        assertEquals("showroom.sample.state.v1", TestEvents.header(tombstone, "ce_type"));
        assertEquals("lead-8", TestEvents.header(tombstone, "ce_subject"));
    }

    @Test
    void eventsOfOneKeyArriveInTheOrderTheyWereWritten() {
        int count = 100;
        for (int i = 0; i < count; i++) {
            int n = i;
            // one transaction per event, as separate requests would do
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish("sample.ordered", "lead-7", null, new Numbered("dealer-1", n)));
        }
        List<ConsumerRecord<String, String>> records =
                TestEvents.awaitCount("sample.ordered", r -> "lead-7".equals(r.key()), count, Duration.ofSeconds(30));
        List<Integer> order = records.stream()
                .map(r -> Integer.parseInt(r.value().replaceAll(".*\"n\":(\\d+).*", "$1")))
                .toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(i);
        }
        assertEquals(expected, order);
    }

    /**
     * The sends' completions run on the Kafka client's threads; with the transaction's context propagated to them,
     * a batch's commit found "multiple threads active" in it now and then, was rolled back, and its rows, already on
     * the topic, went out a second time at the next run. Each batch must commit what it sent.
     */
    @Test
    void everyBatchCommitsWhatItSent() {
        for (int round = 0; round < 40; round++) {
            int r = round;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 30; i++) {
                    outbox.publish("sample.committed", "key-" + i, null, new Numbered("dealer-1", r * 100 + i));
                }
            });
            int published;
            do {
                // the wake-up after the commit may be publishing the same rows: then this call finds them locked
                published = relay.relayBatch();
            } while (published < 0);
            relay.drain();
        }
        Map<String, Integer> perId = new HashMap<>();
        TestEvents.awaitCount("sample.committed", r -> true, 40 * 30, Duration.ofSeconds(60));
        TestEvents.all("sample.committed", r -> true)
                .forEach(r -> perId.merge(TestEvents.header(r, "ce_id"), 1, Integer::sum));
        assertEquals(40 * 30, perId.size(), "every row published");
        assertEquals(Set.of(1), new HashSet<>(perId.values()), "no row published twice");
    }
}
