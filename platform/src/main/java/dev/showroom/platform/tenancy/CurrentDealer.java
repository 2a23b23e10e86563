package dev.showroom.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InjectableInstance;

/**
 * The dealer whose rows the work in progress reads and writes ({@link DealerOwned}): the dealer of
 * {@link DealerContext} (consumers, jobs), or else the caller's ({@link CallerDealer}: the token's dealer, told by
 * platform-service). Outside both, it is {@link #NO_DEALER}, which matches no row.
 */
public final class CurrentDealer {

    public static final String NO_DEALER = "-";

    /** The caller's dealer as looked up in one container (a test's restart brings another: looked up again). */
    private record Lookup(ArcContainer container, InjectableInstance<CallerDealer> caller) {}

    private static volatile Lookup lookup;

    private CurrentDealer() {}

    /** The current dealer, never null ({@link #NO_DEALER} when there is none). */
    public static String current() {
        String explicit = DealerContext.current();
        if (explicit != null) {
            return explicit;
        }
        var container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            Lookup known = lookup;
            if (known == null || known.container() != container) {
                known = new Lookup(container, container.select(CallerDealer.class));
                lookup = known;
            }
            InjectableInstance<CallerDealer> instance = known.caller();
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
