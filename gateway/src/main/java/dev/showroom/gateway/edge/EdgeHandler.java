package dev.showroom.gateway.edge;

import dev.showroom.platform.base.Correlation;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * First stop of every request: settles its correlation id and trace context (taken or made, sent on
 * to the services and back to the client), adds the browser security headers to every answer, and
 * refuses a body larger than the limit before anything reads it: the public limit for a request to the
 * public endpoints however its path is spelled ({@link PublicPaths}), where a chunked body (no
 * Content-Length) is refused with 411; a forwarded chunked body is counted while it streams (LimitedBody).
 */
public class EdgeHandler implements Handler<RoutingContext> {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        String correlationId = Correlation.acceptOrCreate(request.getHeader(Correlation.HEADER));
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

    /** A fresh W3C trace context when the client sent none, so the services' logs line up. */
    static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + "-01";
    }
}
