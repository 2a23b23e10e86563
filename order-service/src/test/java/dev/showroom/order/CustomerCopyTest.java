package dev.showroom.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.order.customer.Customer;
import dev.showroom.platform.events.EventDispatcher;
import dev.showroom.platform.tenancy.DealerContext;
import dev.showroom.testing.TestEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * lead.created and lead.assigned of a new lead are applied by two consumers at the same time; both
 * must end in the one customer row, neither failing (a failure would send the event to retries or the DLQ).
 */
@QuarkusTest
class CustomerCopyTest {

    @Inject
    EntityManager em;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    MeterRegistry registry;

    @Test
    void twoConsumersMeetingANewLeadAtOnceShareOneCustomer() throws Exception {
        UUID lead = UUID.randomUUID();
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> created = CompletableFuture.runAsync(() -> DealerContext.run(
                "dealer-sh-01",
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    Customer.findOrCreate(lead).name = "Wang Fang";
                    firstInserted.countDown();
                    awaitQuietly(commitFirst);
                })));
        firstInserted.await(10, TimeUnit.SECONDS);
        int waitingBefore = waitingOnLocks();
        CompletableFuture<Void> assigned = CompletableFuture.runAsync(() -> DealerContext.run(
                "dealer-sh-01",
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> Customer.findOrCreate(lead).consultantId = "li.wei")));
        // both have looked for the row before either committed: the second now waits for the first's
        // uncommitted row (or, had the first not written it yet, has committed its own)
        await().atMost(Duration.ofSeconds(10)).until(() -> assigned.isDone() || waitingOnLocks() > waitingBefore);
        commitFirst.countDown();

        created.get(10, TimeUnit.SECONDS);
        assigned.get(10, TimeUnit.SECONDS);
        Object[] row =
                DealerContext.call(
                        "dealer-sh-01",
                        () -> QuarkusTransaction.requiringNew().call(() -> (Object[])
                                em.createNativeQuery("select name, consultant_id from customer where lead_id = ?1")
                                        .setParameter(1, lead)
                                        .getSingleResult()));
        assertEquals("Wang Fang", row[0]);
        assertEquals("li.wei", row[1]);
    }

    /**
     * A batch's look-up finds no copy of a new lead, and another consumer inserts one before the batch writes its own
     * (round ten of the capture): the batch's insert waits for that row, fails on the primary key, and the batch is
     * applied again one event at a time (EventDispatcher), which finds the row: the events end in it, none goes to the
     * dead-letter topic.
     */
    @Test
    void aCopyInsertedByAnotherConsumerWhileABatchAppliesItsEventsEndsWithTheirChanges() throws Exception {
        UUID lead = UUID.randomUUID();
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : TestEvents.capture("dealer-sh-01", lead, "Gao Min", "+8613900000077")) {
            poll.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), p -> new ArrayList<>())
                    .add(r);
        }
        CountDownLatch otherInserted = new CountDownLatch(1);
        CountDownLatch commitOther = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> DealerContext.run(
                "dealer-sh-01",
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    Customer.findOrCreate(lead).name = "Gao M.";
                    otherInserted.countDown();
                    awaitQuietly(commitOther);
                })));
        otherInserted.await(10, TimeUnit.SECONDS);
        int waitingBefore = waitingOnLocks();
        double fallbacksBefore = fallbacks();
        CompletableFuture<Void> batch =
                CompletableFuture.runAsync(() -> dispatcher.onEvents(new ConsumerRecords<>(poll, Map.of())));
        // the batch looked for the copy before the other committed, and its insert now waits for the other's row
        await().atMost(Duration.ofSeconds(10)).until(() -> batch.isDone() || waitingOnLocks() > waitingBefore);
        commitOther.countDown();
        other.get(10, TimeUnit.SECONDS);
        batch.get(20, TimeUnit.SECONDS);

        Object[] row = DealerContext.call(
                "dealer-sh-01",
                () -> QuarkusTransaction.requiringNew().call(() -> (Object[])
                        em.createNativeQuery("select name, phone, consultant_id from customer where lead_id = ?1")
                                .setParameter(1, lead)
                                .getSingleResult()));
        assertEquals("Gao Min", row[0], "lead.contact's name over the other's");
        assertEquals("+8613900000077", row[1]);
        assertEquals("zhou.min", row[2], "lead.assigned's consultant");
        assertEquals(fallbacksBefore + 1, fallbacks(), "the batch applied again one event at a time");
    }

    private double fallbacks() {
        return registry.find("showroom.events.batch.fallbacks").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private int waitingOnLocks() {
        return DealerContext.call(
                "dealer-sh-01",
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from pg_stat_activity where datname = current_database() "
                                                        + "and wait_event_type = 'Lock'")
                                        .getSingleResult())
                                .intValue()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
