package dev.showroom.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;

/**
 * The dealer whose rows the work in progress reads and writes ({@link DealerOwned}): the dealer of
 * {@link DealerContext} (consumers, jobs), or else the caller's ({@link CallerDealer}: the token's dealer, told by
 * platform-service). Outside both, it is {@link #NO_DEALER}, which matches no row.
 */
public final class DealerTenantResolver {

    public static final String NO_DEALER = "-";

    private static volatile InjectableInstance<CallerDealer> caller;

    private DealerTenantResolver() {}

    /** The current dealer, never null ({@link #NO_DEALER} when there is none). */
    public static String current() {
        String explicit = DealerContext.current();
        if (explicit != null) {
            return explicit;
        }
        var container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            InjectableInstance<CallerDealer> instance = caller;
            if (instance == null) {
                instance = container.select(CallerDealer.class);
                caller = instance;
            }
            if (instance.isResolvable()) {
                String dealer = instance.get().dealerIdOrNull();
                if (dealer != null) {
                    return dealer;
                }
            }
        }
        return NO_DEALER;
    }
}
