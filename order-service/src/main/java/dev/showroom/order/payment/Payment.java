package dev.showroom.order.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One payment towards an order's balance after the deposit: the customer's (cash, card, bank transfer, mobile
 * payment) or the lender's disbursement ({@code LOAN}), each with the receipt number the dealer gave for it.
 */
public record Payment(
        UUID id,
        String receiptNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String method,
        Instant paidAt,
        String recordedBy) {

    /** The lender's disbursement of the loan. */
    public static final String LOAN = "LOAN";
}
