package dev.showroom.order.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Checks the stock for a configuration ({@link StockCheck}): the matching cars in stock and in transit, and the
 * open orders that wait for the same configuration before this one. Native SQL does not pass the tenant filter,
 * so the dealer is named explicitly.
 */
@ApplicationScoped
public class StockAvailability {

    /**
     * The option key of an order's frozen terms, as {@code vehicle.option_codes} has it (sorted, comma-separated;
     * "C" collation sorts as Java's String order).
     */
    public static final String ORDER_OPTION_KEY = "coalesce((select string_agg(x, ',' order by x collate \"C\") "
            + "from jsonb_array_elements_text(o.terms -> 'optionCodes') x), '')";

    /** Orders that still wait for a car: not allocated, not cancelled, not delivered. */
    public static final String OPEN_ORDER = "o.status in ('DRAFT', 'SIGNED', 'DEPOSIT_PAID') and o.vin is null";

    @Inject
    EntityManager em;

    /**
     * @param order the order being checked and when it was made (its place in the queue: only orders made before
     *     it are ahead), or null for a quote (every open order is ahead)
     */
    public StockCheck check(
            String dealerId,
            String modelCode,
            String trimCode,
            String colourCode,
            String optionKey,
            UUID order,
            java.time.Instant orderMadeAt,
            LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> cars = em.createNativeQuery("select status, arrival_date from vehicle where dealer_id = ?1 "
                        + "and status in ('IN_STOCK', 'IN_TRANSIT') and model_code = ?2 and trim_code = ?3 "
                        + "and colour_code = ?4 and option_codes = ?5")
                .setParameter(1, dealerId)
                .setParameter(2, modelCode)
                .setParameter(3, trimCode)
                .setParameter(4, colourCode)
                .setParameter(5, optionKey)
                .getResultList();
        int inStock = (int) cars.stream().filter(r -> "IN_STOCK".equals(r[0])).count();
        List<LocalDate> etas = cars.stream()
                .filter(r -> "IN_TRANSIT".equals(r[0]))
                .map(r -> r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1])
                .toList();
        var count = em.createNativeQuery("select count(*) from sales_order o where o.dealer_id = ?1 and "
                        + OPEN_ORDER + " and o.terms ->> 'modelCode' = ?2 and o.terms ->> 'trimCode' = ?3 "
                        + "and o.terms ->> 'colourCode' = ?4 and " + ORDER_OPTION_KEY + " = ?5"
                        + (order == null ? "" : " and o.id <> ?6 and o.created_at <= ?7"))
                .setParameter(1, dealerId)
                .setParameter(2, modelCode)
                .setParameter(3, trimCode)
                .setParameter(4, colourCode)
                .setParameter(5, optionKey);
        if (order != null) {
            count.setParameter(6, order).setParameter(7, orderMadeAt);
        }
        Number ahead = (Number) count.getSingleResult();
        return StockCheck.of(inStock, etas, ahead.intValue(), today);
    }
}
