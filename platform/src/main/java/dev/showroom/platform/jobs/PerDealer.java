package dev.showroom.platform.jobs;

import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The per-dealer part of a scheduled job: which dealers have work (one native query across all dealers, outside
 * any dealer's context: the tenant filter of an entity query would see no dealer's rows there), then each dealer's
 * work in a transaction of its own and in that dealer's context, so that its queries see that dealer's rows only
 * and a large dealer's work is not one long transaction with the others'.
 */
@ApplicationScoped
public class PerDealer {

    @Inject
    EntityManager em;

    /** The dealer ids that {@code sql} ({@code select distinct dealer_id ...}, parameters ?1, ?2, …) finds. */
    @SuppressWarnings("unchecked")
    public List<String> having(String sql, Object... parameters) {
        return DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    Query query = em.createNativeQuery(sql);
                    for (int i = 0; i < parameters.length; i++) {
                        query.setParameter(i + 1, parameters[i]);
                    }
                    return (List<String>) query.getResultList();
                }));
    }

    /** {@code work} for each dealer, each in its own transaction and that dealer's context; what they return, summed. */
    public int sum(List<String> dealers, ToIntFunction<String> work) {
        int total = 0;
        for (String dealer : dealers) {
            total += DealerContext.call(
                    dealer, () -> QuarkusTransaction.requiringNew().call(() -> work.applyAsInt(dealer)));
        }
        return total;
    }
}
