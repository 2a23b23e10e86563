package dev.showroom.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hibernate's discriminator multitenancy: every entity with a {@code @TenantId String dealerId} is
 * read and written only for the dealer resolved here, so no query can forget the dealer filter.
 * The dealer comes from {@link DealerContext} (consumers, jobs) or else from the caller ({@link CallerDealer}: the
 * token's dealer, told by platform-service).
 * Outside both, the tenant is {@link #NO_DEALER}, which matches no row.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class DealerTenantResolver implements TenantResolver {

    public static final String NO_DEALER = "-";

    @Inject
    jakarta.enterprise.inject.Instance<CallerDealer> caller;

    @Override
    public String getDefaultTenantId() {
        return NO_DEALER;
    }

    @Override
    public String resolveTenantId() {
        String explicit = DealerContext.current();
        if (explicit != null) {
            return explicit;
        }
        if (Arc.container().requestContext().isActive() && caller.isResolvable()) {
            String dealer = caller.get().dealerIdOrNull();
            if (dealer != null) {
                return dealer;
            }
        }
        return NO_DEALER;
    }
}
