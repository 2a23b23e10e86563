package dev.showroom.order.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order followed through: who takes an arriving car, and when an order is late. Plain JUnit. */
class DeliveryRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void anArrivingCarGoesToTheOldestOrderThatMayTakeItTheLowerNumberOnATie() {
        UUID draft = UUID.randomUUID();
        UUID signed = UUID.randomUUID();
        UUID paidLater = UUID.randomUUID();
        UUID paidFirst = UUID.randomUUID();
        UUID paidTie = UUID.randomUUID();
        List<ArrivalQueue.Waiting> waiting = List.of(
                new ArrivalQueue.Waiting(draft, OrderStatus.DRAFT, T.minusSeconds(900), "D-0001"),
                new ArrivalQueue.Waiting(signed, OrderStatus.SIGNED, T.minusSeconds(600), "D-0002"),
                new ArrivalQueue.Waiting(paidLater, OrderStatus.DEPOSIT_PAID, T.plusSeconds(60), "D-0005"),
                new ArrivalQueue.Waiting(paidTie, OrderStatus.DEPOSIT_PAID, T, "D-0004"),
                new ArrivalQueue.Waiting(paidFirst, OrderStatus.DEPOSIT_PAID, T, "D-0003"));
        assertEquals(Optional.of(paidFirst), ArrivalQueue.oldest(waiting), "a deposit paid is needed to take a car");
        assertEquals(
                Optional.empty(),
                ArrivalQueue.oldest(waiting.subList(0, 2)),
                "nobody may take it: the car stays in stock");
    }

    @Test
    void anOrderWithoutACarIsDueSoonWithinTheWarningDaysAndOverdueAfterItsDate() {
        assertNull(DeliveryDelay.of(OrderStatus.DEPOSIT_PAID, null, TODAY.plusDays(4), TODAY, 3));
        assertEquals(
                DeliveryDelay.DUE_SOON, DeliveryDelay.of(OrderStatus.DEPOSIT_PAID, null, TODAY.plusDays(3), TODAY, 3));
        assertEquals(DeliveryDelay.DUE_SOON, DeliveryDelay.of(OrderStatus.SIGNED, null, TODAY, TODAY, 3));
        assertEquals(DeliveryDelay.OVERDUE, DeliveryDelay.of(OrderStatus.DRAFT, null, TODAY.minusDays(1), TODAY, 3));
        assertEquals(1, DeliveryDelay.daysLate(TODAY.minusDays(1), TODAY));
        assertEquals(-3, DeliveryDelay.daysLate(TODAY.plusDays(3), TODAY));
    }

    @Test
    void anOrderWithItsCarOrOverIsNeverLate() {
        LocalDate past = TODAY.minusDays(5);
        assertNull(DeliveryDelay.of(OrderStatus.ALLOCATED, "LSVAU218XN2183294", past, TODAY, 3));
        assertNull(DeliveryDelay.of(OrderStatus.PDI_PASSED, "LSVAU218XN2183294", past, TODAY, 3));
        assertNull(DeliveryDelay.of(OrderStatus.DELIVERED, "LSVAU218XN2183294", past, TODAY, 3));
        assertNull(DeliveryDelay.of(OrderStatus.CANCELLED, null, past, TODAY, 3));
    }
}
