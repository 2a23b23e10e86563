package dev.showroom.testing;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;

/**
 * The statements a Hibernate session prepares while some work runs in it: what a lookup, an effect of an event or a
 * flush costs, counted rather than timed (docs/benchmarks.md). Statements written on the connection itself
 * ({@code Session.doWork}) are not counted.
 */
public final class SessionStatements {

    private SessionStatements() {}

    /** How many statements the session behind {@code em} (the caller's transaction's) prepared while {@code work} ran. */
    public static int during(EntityManager em, Runnable work) {
        AtomicInteger count = new AtomicInteger();
        em.unwrap(Session.class).addEventListeners(new SessionEventListener() {
            @Override
            public void jdbcPrepareStatementStart() {
                count.incrementAndGet();
            }
        });
        work.run();
        return count.get();
    }
}
