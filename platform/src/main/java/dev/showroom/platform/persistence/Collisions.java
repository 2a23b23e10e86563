package dev.showroom.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import org.hibernate.StaleStateException;

/** A write that lost a race with another: it is no fault of the data, and the other writer's result stands. */
public final class Collisions {

    /** unique_violation, serialization_failure, deadlock_detected */
    private static final Set<String> STATES = Set.of("23505", "40001", "40P01");

    private Collisions() {}

    /** A unique key taken, a serialization failure or deadlock, or a stale version in the causes; else null. */
    public static Throwable causeOf(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return t;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return t;
            }
        }
        return null;
    }
}
