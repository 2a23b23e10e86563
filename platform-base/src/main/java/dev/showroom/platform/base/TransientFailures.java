package dev.showroom.platform.base;

/**
 * Whether a failure says a dependency (the database) is not reachable right now, so that the same work is worth
 * trying again: a request hears 503 (platform-http's {@code ProblemMappers}), an event is left for a later
 * delivery instead of the dead-letter topic (platform's {@code EventInbox}). One rule for both.
 */
public final class TransientFailures {

    private TransientFailures() {}

    /**
     * The cause that says a dependency (the database) is not reachable right now, or null: worth trying
     * again. SQL states of class 08 (connection) and 57P01-57P03 (server shutting down or starting).
     */
    public static Throwable unavailableCause(Throwable e) {
        Throwable named =
                causeNamed(e, "JDBCConnectionException", "ConnectException", "SQLTransientConnectionException");
        if (named != null) {
            return named;
        }
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return t;
            }
        }
        return null;
    }

    private static Throwable causeNamed(Throwable e, String... simpleNames) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (String name : simpleNames) {
                if (t.getClass().getSimpleName().equals(name)) {
                    return t;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
