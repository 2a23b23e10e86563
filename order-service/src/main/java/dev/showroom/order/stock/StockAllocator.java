package dev.showroom.order.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Reserves a car for an order in one statement: the matching IN_STOCK row is locked with
 * {@code for update skip locked} and flipped to ALLOCATED, so two orders allocating at the same moment
 * never get the same VIN (the second skips the locked row and takes another, or finds none).
 * Native SQL does not pass the tenant filter, so the dealer is named explicitly.
 */
@ApplicationScoped
public class StockAllocator {

    public record Reserved(UUID vehicleId, String vin) {}

    @Inject
    EntityManager em;

    /** The longest-standing matching car, or null when none is in stock. */
    public Reserved reserve(
            String dealerId,
            UUID orderId,
            String modelCode,
            String trimCode,
            String colourCode,
            String optionCodes,
            String vin) {
        var query = em.createNativeQuery(
                        "update vehicle set status = 'ALLOCATED', order_id = ?1, "
                                + "version = version + 1 where id = (select id from vehicle where dealer_id = ?2 and status = 'IN_STOCK' "
                                + "and model_code = ?3 and trim_code = ?4 and colour_code = ?5 and option_codes = ?6 "
                                + (vin == null ? "" : "and vin = ?7 ")
                                + "order by arrival_date nulls last, created_at limit 1 for update skip locked) returning id, vin")
                .setParameter(1, orderId)
                .setParameter(2, dealerId)
                .setParameter(3, modelCode)
                .setParameter(4, trimCode)
                .setParameter(5, colourCode)
                .setParameter(6, optionCodes);
        if (vin != null) {
            query.setParameter(7, vin);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return new Reserved((UUID) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    /** A cancelled order gives its car back to stock. */
    public void release(String dealerId, UUID vehicleId, UUID orderId) {
        em.createNativeQuery("update vehicle set status = 'IN_STOCK', order_id = null, version = version + 1 "
                        + "where id = ?1 and dealer_id = ?2 and order_id = ?3 and status = 'ALLOCATED'")
                .setParameter(1, vehicleId)
                .setParameter(2, dealerId)
                .setParameter(3, orderId)
                .executeUpdate();
    }

    public void delivered(String dealerId, UUID vehicleId, UUID orderId) {
        em.createNativeQuery("update vehicle set status = 'DELIVERED', version = version + 1 "
                        + "where id = ?1 and dealer_id = ?2 and order_id = ?3")
                .setParameter(1, vehicleId)
                .setParameter(2, dealerId)
                .setParameter(3, orderId)
                .executeUpdate();
    }
}
