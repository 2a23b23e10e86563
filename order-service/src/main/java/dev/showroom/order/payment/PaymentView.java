package dev.showroom.order.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.order.orders.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One payment as staff see it, with what the order still owes now. */
public record PaymentView(
        UUID id,
        UUID orderId,
        String orderNumber,
        String receiptNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String method,
        Instant paidAt,
        String recordedBy,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceOwed,
        boolean paidInFull) {

    public static PaymentView of(SalesOrder o, Payment p) {
        BigDecimal owed = o.balanceOwed();
        return new PaymentView(
                p.id(),
                o.id,
                o.orderNumber,
                p.receiptNumber(),
                p.amount(),
                p.method(),
                p.paidAt(),
                p.recordedBy(),
                o.currency,
                owed,
                owed.signum() <= 0);
    }
}
