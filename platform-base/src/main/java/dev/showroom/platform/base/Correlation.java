package dev.showroom.platform.base;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The correlation id and W3C trace context of the work in progress, kept in the logging MDC so that
 * every log line carries them and the outbox copies them into the events it writes. Set from the
 * HTTP request by platform-http's {@code CorrelationFilter} and from an event's headers by the consumer.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String MDC_CORRELATION_ID = "correlationId";
    public static final String MDC_TRACEPARENT = "traceparent";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern W3C_TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private Correlation() {}

    /** A caller-given id is kept if it is safe to log and forward; otherwise a new one is made. */
    public static String acceptOrCreate(String given) {
        return given != null && SAFE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    public static String validTraceparent(String given) {
        return given != null && W3C_TRACEPARENT.matcher(given).matches() ? given : null;
    }

    public static void set(String correlationId, String traceparent) {
        if (correlationId == null) {
            MDC.remove(MDC_CORRELATION_ID);
        } else {
            MDC.put(MDC_CORRELATION_ID, correlationId);
        }
        if (traceparent == null) {
            MDC.remove(MDC_TRACEPARENT);
        } else {
            MDC.put(MDC_TRACEPARENT, traceparent);
        }
    }

    public static String correlationId() {
        Object id = MDC.get(MDC_CORRELATION_ID);
        return id == null ? null : id.toString();
    }

    public static String traceparent() {
        Object tp = MDC.get(MDC_TRACEPARENT);
        return tp == null ? null : tp.toString();
    }

    public static void clear() {
        MDC.remove(MDC_CORRELATION_ID);
        MDC.remove(MDC_TRACEPARENT);
    }
}
