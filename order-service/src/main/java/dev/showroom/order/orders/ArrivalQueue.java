package dev.showroom.order.orders;

import dev.showroom.order.stock.CarInStock;
import dev.showroom.order.stock.StockAllocator;
import dev.showroom.order.stock.StockAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A car that comes into stock goes at once to the oldest order waiting for its configuration (model, trim, colour
 * and options): the order is allocated (order.allocated, ON_ARRIVAL) in the transaction that received the car. An
 * order not paid its deposit yet waits its turn but cannot take a car; the car stays in stock when nobody can.
 */
@ApplicationScoped
public class ArrivalQueue {

    /** An open order for the car's configuration. */
    public record Waiting(UUID orderId, OrderStatus status, Instant createdAt, String orderNumber) {}

    @Inject
    EntityManager em;

    @Inject
    StockAllocator stock;

    @Inject
    OrderEvents events;

    @Inject
    Clock clock;

    /**
     * The order that takes an arriving car: the oldest (made first; the lower number on a tie) of those that may be
     * allocated now (deposit paid), if any.
     */
    public static Optional<UUID> oldest(List<Waiting> waiting) {
        return waiting.stream()
                .filter(w -> w.status() == OrderStatus.DEPOSIT_PAID)
                .min(Comparator.comparing(Waiting::createdAt).thenComparing(Waiting::orderNumber))
                .map(Waiting::orderId);
    }

    void onArrival(@Observes CarInStock car) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select o.id, o.status, o.created_at, o.order_number from sales_order o "
                                + "where o.dealer_id = ?1 and " + StockAvailability.OPEN_ORDER
                                + " and o.terms ->> 'modelCode' = ?2 and o.terms ->> 'trimCode' = ?3 "
                                + "and o.terms ->> 'colourCode' = ?4 and " + StockAvailability.ORDER_OPTION_KEY
                                + " = ?5")
                .setParameter(1, car.dealerId())
                .setParameter(2, car.modelCode())
                .setParameter(3, car.trimCode())
                .setParameter(4, car.colourCode())
                .setParameter(5, car.optionCodes())
                .getResultList();
        List<Waiting> waiting = rows.stream()
                .map(r -> new Waiting((UUID) r[0], OrderStatus.valueOf((String) r[1]), instant(r[2]), (String) r[3]))
                .toList();
        Optional<UUID> chosen = oldest(waiting);
        if (chosen.isEmpty()) {
            return;
        }
        SalesOrder o = SalesOrder.findById(chosen.get(), LockModeType.PESSIMISTIC_WRITE);
        if (o == null || o.status != OrderStatus.DEPOSIT_PAID || o.vin != null) {
            return; // allocated by the manager meanwhile: the car stays in stock for the next one
        }
        StockAllocator.Reserved reserved = stock.reserve(
                car.dealerId(), o.id, car.modelCode(), car.trimCode(), car.colourCode(), car.optionCodes(), car.vin());
        if (reserved == null) {
            return;
        }
        o.allocateOnArrival(reserved.vin(), reserved.vehicleId(), Instant.now(clock));
        events.announce(o, car.dealerId());
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
