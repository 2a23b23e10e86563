package dev.showroom.order.orders;

import dev.showroom.platform.http.ProblemException;

/**
 * The order's life: DRAFT → SIGNED → DEPOSIT_PAID → ALLOCATED → PDI_PASSED → DELIVERED, and CANCELLED from
 * any state before delivery. Every step names the one state it starts from; anything else is a 409.
 */
public enum OrderStatus {
    DRAFT,
    SIGNED,
    DEPOSIT_PAID,
    ALLOCATED,
    PDI_PASSED,
    DELIVERED,
    CANCELLED;

    public boolean cancellable() {
        return this != DELIVERED && this != CANCELLED;
    }

    /** 409 unless the order is in {@code from}. */
    public void require(OrderStatus from, String step) {
        if (this != from) {
            throw ProblemException.conflict("Cannot " + step + " an order that is " + this + "; it must be " + from);
        }
    }
}
