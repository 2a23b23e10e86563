package dev.showroom.gateway.edge;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The gateway's access log (instead of Quarkus's, whose request line carries the query string and every
 * path as sent): client address, method, path without its query (staff search by phone fragments there)
 * and with survey tokens replaced (a token is the key to a customer's survey), status, bytes, duration,
 * correlation id. Category {@code dev.showroom.gateway.access}; its lines are written in batches by
 * {@link AccessLogHandler} ({@code showroom.edge.access-log.flush-after}, {@link Setup}).
 */
public final class AccessLog {

    static final String CATEGORY = "dev.showroom.gateway.access";
    /** The category as the console's {@code %c{2.}} abbreviates it. */
    static final String CATEGORY_SHORT = "de.sh.ga.access";

    static final Logger LOG = Logger.getLogger(CATEGORY);
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

    /**
     * Gives the category its batching handler at start (instead of the console's, one formatted and flushed line per
     * request), and takes it away at stop after writing what is pending.
     */
    @ApplicationScoped
    static class Setup {

        private AccessLogHandler handler;

        void start(@Observes StartupEvent start, EdgeConfig config, Vertx vertx) {
            long delay = config.accessLog().flushAfter().toMillis();
            if (delay <= 0) {
                return;
            }
            handler = new AccessLogHandler(
                    new FileOutputStream(FileDescriptor.out),
                    delay,
                    flush -> vertx.setTimer(delay, id -> flush.run()),
                    ZoneId.systemDefault());
            org.jboss.logmanager.Logger category = org.jboss.logmanager.Logger.getLogger(CATEGORY);
            category.addHandler(handler);
            category.setUseParentHandlers(false);
        }

        void stop(@Observes ShutdownEvent stop) {
            if (handler != null) {
                org.jboss.logmanager.Logger category = org.jboss.logmanager.Logger.getLogger(CATEGORY);
                category.setUseParentHandlers(true);
                category.removeHandler(handler);
                handler.close();
                handler = null;
            }
        }
    }
}
