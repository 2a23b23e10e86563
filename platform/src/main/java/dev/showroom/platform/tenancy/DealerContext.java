package dev.showroom.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.function.Supplier;

/**
 * The dealer that work outside an HTTP request (a Kafka consumer, a scheduled job) acts for. Inside a
 * request the dealer comes from the token; here it comes from the event or the job's own loop.
 */
public final class DealerContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private DealerContext() {}

    public static String current() {
        return CURRENT.get();
    }

    public static void run(String dealerId, Runnable work) {
        call(dealerId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} for {@code dealerId}. Hibernate asks for the tenant only inside an active
     * request context, so one is activated for the work when the thread has none (consumer, job).
     */
    public static <T> T call(String dealerId, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(dealerId);
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return work.get();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** For work that touches no dealer's rows (outbox relay, housekeeping): a tenant that matches none. */
    public static <T> T withoutDealer(Supplier<T> work) {
        return call(CurrentDealer.NO_DEALER, work);
    }
}
