package dev.showroom.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.testing.Postgres;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OneReplicaTest {

    @Inject
    OneReplica oneReplica;

    @Test
    void whileOneReplicaRunsAJobTheOthersSkipItAndTheNextTurnRunsAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = replicas.submit(() -> oneReplica.run("test.job", () -> {
                runs.incrementAndGet();
                started.countDown();
                await(finish);
            }));
            assertTrue(started.await(30, TimeUnit.SECONDS));
            // a second replica and a second thread of this one: both skip while the first runs
            assertFalse(replicas.submit(() -> oneReplica.run("test.job", runs::incrementAndGet))
                    .get(30, TimeUnit.SECONDS));
            assertFalse(oneReplica.run("test.job", runs::incrementAndGet));
            // another job is not held up
            assertTrue(oneReplica.run("test.other-job", () -> {}));
            finish.countDown();
            assertTrue(first.get(30, TimeUnit.SECONDS));
            assertEquals(1, runs.get());
            assertTrue(oneReplica.run("test.job", runs::incrementAndGet), "the next turn runs");
            assertEquals(2, runs.get());
        } finally {
            finish.countDown();
            replicas.shutdownNow();
        }
    }

    @Test
    void aJobRunningOnAnotherReplicaIsSkippedHereAndAFailedRunReleasesTheLock() throws Exception {
        try (Connection otherReplica = Postgres.get().connect()) {
            advisory(otherReplica, "select pg_advisory_lock(?)", OneReplica.lockKey("test.elsewhere"));
            assertFalse(oneReplica.run("test.elsewhere", () -> {
                throw new AssertionError("must not run");
            }));
            advisory(otherReplica, "select pg_advisory_unlock(?)", OneReplica.lockKey("test.elsewhere"));
        }
        assertThrows(
                IllegalStateException.class,
                () -> oneReplica.run("test.elsewhere", () -> {
                    throw new IllegalStateException("the job failed");
                }));
        try (Connection otherReplica = Postgres.get().connect()) {
            assertTrue(
                    advisory(otherReplica, "select pg_try_advisory_lock(?)", OneReplica.lockKey("test.elsewhere")),
                    "a failed run leaves no lock behind");
        }
    }

    private static boolean advisory(Connection c, String sql, long key) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return !"f".equals(rs.getString(1));
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
