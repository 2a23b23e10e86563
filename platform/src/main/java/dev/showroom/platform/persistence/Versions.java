package dev.showroom.platform.persistence;

import dev.showroom.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;

/** Optimistic locking over HTTP: {@code ETag: "3"} out, {@code If-Match: "3"} in (see Preconditions). */
public final class Versions {

    private Versions() {
    }

    /**
     * The entity once the transaction's changes are written: its version is then the one it is stored at, so
     * that the view made of it (and its ETag) is what the next read gives.
     */
    public static <T> T stored(T entity) {
        Panache.getEntityManager().flush();
        return entity;
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** No If-Match: last writer wins is refused for nothing; a stale one is 412. */
    public static void checkIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.equals("*")) {
            return;
        }
        String given = ifMatch.trim().replace("W/", "").replace("\"", "");
        if (!given.equals(Long.toString(current))) {
            throw ProblemException.preconditionFailed("The record changed since version " + given
                    + "; it is now at version " + current);
        }
    }
}
