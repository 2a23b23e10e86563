package dev.showroom.platform.persistence;

import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemMappers;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Database outcomes a client must hear about as a conflict, not as a 500. */
public class PersistenceProblemMappers {

    /**
     * Another transaction changed the row between this one's read and its write. A request that named the
     * version it read (If-Match) hears it as that precondition failing (412), as it would have a moment later.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (headers.getHeaderString(Preconditions.IF_MATCH) != null) {
            return ProblemMappers.problem(
                    412,
                    "precondition-failed",
                    "Precondition failed",
                    "Someone else changed this record meanwhile; read it again and retry",
                    uri.getPath(),
                    null);
        }
        return ProblemMappers.problem(
                409,
                "stale-version",
                "Conflict",
                "Someone else changed this record; reload it and try again",
                uri.getPath(),
                null);
    }

    /** A unique or exclusion constraint refused the write: two requests raced for the same thing. */
    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "a uniqueness rule" : e.getConstraintName();
        return ProblemMappers.problem(
                409,
                "conflict",
                "Conflict",
                "The change conflicts with existing data (" + constraint + ")",
                uri.getPath(),
                null);
    }

    /** Failures at commit arrive wrapped; answer for what is inside. */
    @ServerExceptionMapper({PersistenceException.class, RollbackException.class, ArcUndeclaredThrowableException.class})
    public Response wrapped(Exception e, UriInfo uri, HttpHeaders headers) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                return constraint(cve, uri);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return staleVersion((RuntimeException) t, uri, headers);
            }
        }
        return new ProblemMappers().unexpected(e, uri);
    }
}
