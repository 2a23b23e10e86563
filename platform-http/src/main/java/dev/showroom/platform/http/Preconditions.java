package dev.showroom.platform.http;

import java.util.Arrays;

/**
 * Optimistic concurrency over HTTP, one rule for every service: the answer's {@code ETag} is the version in
 * double quotes ({@code "3"}); {@code If-Match} names the version the client read ({@code "3"}; {@code W/"3"}
 * and a list are accepted, {@code *} matches any). Checked inside the methods annotated {@link IfMatch}.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";

    /** The If-Match of the {@link IfMatch} method running on this thread (set by {@link IfMatchInterceptor}). */
    static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

    static final class Request {
        final String ifMatch;
        boolean checked;

        Request(String ifMatch) {
            this.ifMatch = ifMatch;
        }
    }

    private Preconditions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The resource the update loaded is at {@code current}: a request whose If-Match names another version is
     * refused with 412 (nothing is changed: the transaction rolls back). Without If-Match it goes on (where it
     * is required the interceptor refused it already).
     */
    public static void check(long current) {
        Request request = CURRENT.get();
        if (request == null) {
            throw new IllegalStateException("Preconditions.check outside a method annotated @IfMatch");
        }
        request.checked = true;
        if (request.ifMatch != null && !matches(request.ifMatch, current)) {
            throw ProblemException.preconditionFailed("The record changed since the version in If-Match ("
                    + request.ifMatch.strip() + "); it is now at version " + etag(current) + ": read it again");
        }
    }

    /** RFC 9110's If-Match: {@code *}, or a list of entity tags one of which is the current one. */
    static boolean matches(String ifMatch, long current) {
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return true;
        }
        String wanted = Long.toString(current);
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                        ? tag.substring(1, tag.length() - 1)
                        : tag)
                .anyMatch(wanted::equals);
    }
}
