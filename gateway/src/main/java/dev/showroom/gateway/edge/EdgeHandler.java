package dev.showroom.gateway.edge;

import dev.showroom.platform.base.Correlation;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * First stop of every request: settles its correlation id and trace context (taken or made, sent on
 * to the services and back to the client), adds the browser security headers to every answer, and
 * refuses a body larger than the limit before anything reads it: the public limit for a request to the
 * public endpoints however its path is spelled ({@link PublicPaths}), where a chunked body (no
 * Content-Length) is refused with 411; a forwarded chunked body is counted while it streams (LimitedBody).
 */
public class EdgeHandler implements Handler<RoutingContext> {

    /** Routing-context flag: this request is for the public endpoints, however its path was spelled. */
    public static final String PUBLIC = "showroom.public";

    private final String hsts;
    private final long maxBodySize;
    private final long publicMaxBodySize;

    public EdgeHandler(EdgeConfig config, long maxBodySize) {
        this.hsts = "max-age=" + config.hstsMaxAge().toSeconds() + "; includeSubDomains";
        this.maxBodySize = maxBodySize;
        this.publicMaxBodySize = config.publicLimits().maxBodySize();
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String given = request.getHeader(Correlation.HEADER);
        // a caller's id is kept when it is safe (Correlation's rule, which answers the given string itself then);
        // otherwise a new one is made here, without SecureRandom (newCorrelationId)
        String correlationId = given != null && Correlation.acceptOrCreate(given) == given ? given : newCorrelationId();
        String traceparent = Correlation.validTraceparent(request.getHeader(Correlation.TRACEPARENT));
        if (traceparent == null) {
            traceparent = newTraceparent();
        }
        // the REST filters of platform-http and the proxy read these request headers
        request.headers().set(Correlation.HEADER, correlationId);
        request.headers().set(Correlation.TRACEPARENT, traceparent);
        ctx.put(Correlation.MDC_CORRELATION_ID, correlationId);
        AccessLog.record(ctx, correlationId);
        String trace = traceparent;
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set(Correlation.HEADER, correlationId);
            headers.set(Correlation.TRACEPARENT, trace);
            headers.set("Strict-Transport-Security", hsts);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            headers.set("Referrer-Policy", "no-referrer");
        });

        boolean publicRequest = PublicPaths.isPublic(request.path());
        ctx.put(PUBLIC, publicRequest);
        long limit = publicRequest ? publicMaxBodySize : maxBodySize;
        String length = request.getHeader("Content-Length");
        if (publicRequest && length == null && request.headers().contains("Transfer-Encoding")) {
            // a public form is small and its length known: a chunked body could not be held to the limit
            // before it is read, so none is taken (browsers send Content-Length for every form they post)
            Problems.send(
                    ctx,
                    411,
                    "length-required",
                    "Length required",
                    "A public request states its body's Content-Length (at most " + limit + " bytes)");
            return;
        }
        if (length != null && tooLarge(length, limit)) {
            Problems.send(
                    ctx, 413, "payload-too-large", "Payload too large", "The request body exceeds " + limit + " bytes");
            return;
        }
        ctx.next();
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /*
     * Correlation and trace ids are made from ThreadLocalRandom, not SecureRandom (UUID.randomUUID): they name a
     * request in the logs and are neither secrets nor credentials (a caller may set both), so they need to be unique,
     * not unpredictable. SecureRandom cost a lock and a read of /dev/urandom mixed through SHA-1 on every request
     * without ids (docs/benchmarks.md, "The gateway's reads", round four). Each thread's ThreadLocalRandom is a
     * 64-bit Weyl sequence through a bijective mix, seeded per thread: no repeat within a thread, and two threads'
     * sequences overlap only if their seeds lie within the number of ids drawn.
     */

    /** A fresh correlation id when the client sent none (or one unsafe to log): a random (version 4) UUID. */
    static String newCorrelationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(most, least).toString();
    }

    /** A fresh W3C trace context when the client sent none, so the services' logs line up. */
    static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long traceHigh = random.nextLong();
        long traceLow = random.nextLong();
        long span = random.nextLong();
        // W3C: an all-zero trace id or span id is invalid
        if (traceHigh == 0 && traceLow == 0) {
            traceLow = 1;
        }
        if (span == 0) {
            span = 1;
        }
        HexFormat hex = HexFormat.of();
        return "00-" + hex.toHexDigits(traceHigh) + hex.toHexDigits(traceLow) + "-" + hex.toHexDigits(span) + "-01";
    }
}
