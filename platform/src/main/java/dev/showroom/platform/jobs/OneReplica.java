package dev.showroom.platform.jobs;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job on one replica at a time. Every replica's scheduler fires the job; the first to
 * take the job's PostgreSQL advisory lock runs it, the others skip this turn. The lock is a session lock
 * held on a connection of its own for the whole run (the job commits in transactions of its own), so a
 * replica that dies or loses its database releases it with the session.
 *
 * <pre>
 * &#64;Scheduled(every = "1m", concurrentExecution = SKIP)
 * void check() {
 *     oneReplica.run("aftersales.sla-escalation", this::escalateBreached);
 * }
 * </pre>
 *
 * The lock keeps replicas from working at the same moment; it is not a guarantee that a row is written
 * once (a replica may lose its session mid-run and another start): the job's writes still need a unique
 * constraint or a conditional update that makes a double impossible.
 */
@ApplicationScoped
public class OneReplica {

    private static final Logger LOG = Logger.getLogger(OneReplica.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    /**
     * Runs {@code work} unless another replica (or thread) is running the job of that name.
     *
     * @return true if it ran here, false if it was skipped
     */
    public boolean run(String job, Runnable work) {
        long key = lockKey(job);
        try (Connection c = dataSource.getConnection()) {
            if (!lock(c, "select pg_try_advisory_lock(?)", key)) {
                registry.counter("showroom.jobs", "job", job, "outcome", "skipped")
                        .increment();
                LOG.debugf("%s: running on another replica, skipped", job);
                return false;
            }
            boolean failed = true;
            try {
                work.run();
                failed = false;
                return true;
            } finally {
                registry.counter("showroom.jobs", "job", job, "outcome", failed ? "failed" : "ran")
                        .increment();
                unlock(c, job, key);
            }
        } catch (SQLException e) {
            // no lock without the database, and no job either: the next turn tries again
            throw new IllegalStateException(job + ": cannot take the job's lock: " + e.getMessage(), e);
        }
    }

    /** The advisory lock key of a job: stable across replicas and releases (a hash of the name). */
    public static long lockKey(String job) {
        return UUID.nameUUIDFromBytes(("showroom.job:" + job).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }

    private static boolean lock(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * A connection that goes back to the pool still holding the lock would stop the job on every replica
     * for as long as it lives: if the unlock fails, the connection is closed for good instead.
     */
    private static void unlock(Connection c, String job, long key) {
        try {
            lock(c, "select pg_advisory_unlock(?)", key);
        } catch (SQLException e) {
            LOG.warnf("%s: the lock could not be released (%s); its connection is discarded", job, e.getMessage());
            try {
                c.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the session ends with the connection either way
            }
        }
    }
}
