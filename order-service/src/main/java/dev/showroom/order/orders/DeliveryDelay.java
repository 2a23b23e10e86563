package dev.showroom.order.orders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An order late for its expected delivery date (seed 004 §6.6, follow the order up): no car allocated yet and the
 * date within the warning days (DUE_SOON, the day itself included) or past (OVERDUE). An allocated, delivered or
 * cancelled order is never late: the car is there, or the sale is over.
 */
public enum DeliveryDelay {
    DUE_SOON,
    OVERDUE;

    /** The delay of an order on {@code today}, or null when it is not late. */
    public static DeliveryDelay of(OrderStatus status, String vin, LocalDate expected, LocalDate today, int warnDays) {
        boolean waiting = vin == null
                && (status == OrderStatus.DRAFT || status == OrderStatus.SIGNED || status == OrderStatus.DEPOSIT_PAID);
        if (!waiting || expected == null) {
            return null;
        }
        if (expected.isBefore(today)) {
            return OVERDUE;
        }
        return expected.isAfter(today.plusDays(warnDays)) ? null : DUE_SOON;
    }

    /** Days past the expected date: positive when overdue, 0 on the day, negative while days are left. */
    public static int daysLate(LocalDate expected, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(expected, today);
    }
}
