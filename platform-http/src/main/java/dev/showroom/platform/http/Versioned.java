package dev.showroom.platform.http;

/**
 * A view of a resource that carries its version (the row's optimistic lock): every answer with one has the
 * header {@code ETag: "<version>"} ({@link VersionTags}), and an update of it takes {@code If-Match} ({@link IfMatch}).
 * A record with a {@code long version} component only has to say {@code implements Versioned}.
 */
public interface Versioned {

    long version();
}
