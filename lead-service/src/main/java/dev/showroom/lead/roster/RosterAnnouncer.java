package dev.showroom.lead.roster;

import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * At start, announces each roster that a migration wrote and nobody announced yet (revision 0: the old lead rota
 * moved into it, the demo realm's staff), so that visit-service's copy starts from it. Each dealer in its own
 * transaction under the dealer's row lock; a replica starting at the same time skips the rows another holds.
 */
@ApplicationScoped
public class RosterAnnouncer {

    @Inject
    EntityManager em;

    @Inject
    Roster roster;

    void started(@Observes StartupEvent event) {
        List<?> dealers = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select dealer_id from roster_dealer where revision = 0")
                        .getResultList()));
        for (Object dealer : dealers) {
            String dealerId = (String) dealer;
            DealerContext.run(
                    dealerId,
                    () -> QuarkusTransaction.requiringNew().run(() -> {
                        List<?> unannounced = em.createNativeQuery(
                                        "select dealer_id from roster_dealer where dealer_id = ?1 "
                                                + "and revision = 0 for update skip locked")
                                .setParameter(1, dealerId)
                                .getResultList();
                        if (!unannounced.isEmpty()) {
                            roster.announce(dealerId);
                        }
                    }));
        }
    }
}
