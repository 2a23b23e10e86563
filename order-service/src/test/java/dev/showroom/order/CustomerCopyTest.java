package dev.showroom.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.order.customer.Customer;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * lead.created and lead.assigned of a new lead are applied by two consumers at the same time; both
 * must end in the one customer row, neither failing (a failure would send the event to retries or the DLQ).
 */
@QuarkusTest
class CustomerCopyTest {

    @Inject
    EntityManager em;

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
