package dev.showroom.lead.roster;

import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start, announces each roster that a migration wrote and nobody announced yet (revision 0: the old lead rota
 * moved into it, the demo realm's staff), so that visit-service's copy starts from it. Each dealer in its own
 * transaction under the dealer's row lock; a replica starting at the same time skips the rows another holds.
 * It runs beside the start, not in it: the first transaction of a JVM (Hibernate's query and transaction classes,
 * the pool's first statement) would otherwise hold back the first answer to health checks and callers for nothing
 * they wait on (docs/benchmarks.md, "Start-up and memory"). A failure is logged and the next start tries again.
 */
@ApplicationScoped
public class RosterAnnouncer {

    @Inject
    EntityManager em;

    @Inject
    Roster roster;

    private static final Logger LOG = Logger.getLogger(RosterAnnouncer.class);

    void started(@Observes StartupEvent event) {
        // a thread of its own, like the start's: no request context to inherit (DealerContext activates one)
        Thread announcer = new Thread(
                () -> {
                    try {
                        announceUnannounced();
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "the rosters not yet announced were not announced; the next start tries again");
                    }
                },
                "roster-announcer");
        announcer.setDaemon(true);
        announcer.start();
    }

    void announceUnannounced() {
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
