package dev.showroom.gateway.edge;

import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The gateway's access log (instead of Quarkus's, whose request line carries the query string and every
 * path as sent): client address, method, path without its query (staff search by phone fragments there)
 * and with survey tokens replaced (a token is the key to a customer's survey), status, bytes, duration,
 * correlation id. Category {@code dev.showroom.gateway.access}.
 */
public final class AccessLog {

    static final Logger LOG = Logger.getLogger("dev.showroom.gateway.access");
    private static final Pattern SURVEY_TOKEN =
            Pattern.compile("(?i)(/public/+surveys/+|/survey/+|/messages/+stop/+)[^/?;]+");

    private AccessLog() {}

    static void record(RoutingContext ctx, String correlationId) {
        long started = System.nanoTime();
        ctx.addEndHandler(v -> {
            if (!LOG.isInfoEnabled()) {
                return;
            }
            String peer = ctx.request().remoteAddress() == null
                    ? "-"
                    : ctx.request().remoteAddress().host();
            long millis = (System.nanoTime() - started) / 1_000_000;
            // concatenated, not String.format: one line per request
            LOG.info(peer + " \"" + ctx.request().method().name() + " "
                    + redact(ctx.request().path()) + "\" "
                    + ctx.response().getStatusCode() + " " + ctx.response().bytesWritten() + " " + millis
                    + " ms cid=" + correlationId);
        });
    }

    /** The path as it may be logged: no query string, no survey token (of the API or of the customer's page). */
    static String redact(String path) {
        if (path == null) {
            return "-";
        }
        int query = path.indexOf('?');
        String bare = query >= 0 ? path.substring(0, query) : path;
        // most paths name neither a survey nor a stop link: no regular expression for them
        String lower = bare.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("/survey") && !lower.contains("/stop")) {
            return bare;
        }
        return SURVEY_TOKEN.matcher(bare).replaceAll("$1{token}");
    }
}
