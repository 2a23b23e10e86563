package dev.showroom.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

/** Optimistic locking over HTTP: {@code ETag: "3"} out, {@code If-Match: "3"} in (see Preconditions). */
public final class Versions {

    private Versions() {}

    /**
     * The entity once the transaction's changes are written: its version is then the one it is stored at, so
     * that the view made of it (and its ETag) is what the next read gives.
     */
    public static <T> T stored(T entity) {
        Panache.getEntityManager().flush();
        return entity;
    }
}
