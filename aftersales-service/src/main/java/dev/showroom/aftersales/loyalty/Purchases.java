package dev.showroom.aftersales.loyalty;

import dev.showroom.contracts.Events;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The cars each customer bought, as the value class needs them: the total from order.signed, the delivery from
 * order.delivered (in either order: one row per order), removed when the order is cancelled before delivery.
 */
@ApplicationScoped
public class Purchases {

    @Inject
    EntityManager em;

    public void signed(Events.OrderSigned e) {
        em.createNativeQuery("insert into customer_purchase (order_id, dealer_id, lead_id, total, currency, signed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (order_id) do update set total = excluded.total, "
                        + "currency = excluded.currency, signed_at = excluded.signed_at")
                .setParameter(1, e.orderId())
                .setParameter(2, e.dealerId())
                .setParameter(3, e.leadId())
                .setParameter(4, e.total())
                .setParameter(5, e.currency())
                .setParameter(6, e.signedAt())
                .executeUpdate();
    }

    public void delivered(Events.OrderDelivered e) {
        em.createNativeQuery(
                        "insert into customer_purchase (order_id, dealer_id, lead_id, delivered_at) "
                                + "values (?1, ?2, ?3, ?4) on conflict (order_id) do update set delivered_at = excluded.delivered_at")
                .setParameter(1, e.orderId())
                .setParameter(2, e.dealerId())
                .setParameter(3, e.leadId())
                .setParameter(4, e.deliveredAt())
                .executeUpdate();
    }

    public void cancelled(UUID orderId) {
        em.createNativeQuery("delete from customer_purchase where order_id = ?1 and delivered_at is null")
                .setParameter(1, orderId)
                .executeUpdate();
    }
}
