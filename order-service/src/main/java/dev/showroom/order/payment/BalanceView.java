package dev.showroom.order.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.order.orders.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the customer pays and still owes (the order's {@code payment}): the agreed price, the deposit paid (with
 * its receipt), the payments after it, the balance owed; the plan (CASH, or LOAN while a loan is applied for,
 * approved or disbursed) and the loan; the invoice; the manager's release; and whether the PDI and the handover
 * may go ahead as far as money goes ({@code cleared}: paid in full, or released).
 */
public record BalanceView(
        String plan,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal depositPaid,
        String depositReceiptNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceOwed,
        boolean paidInFull,
        boolean cleared,
        List<Payment> payments,
        Loan loan,
        Invoice invoice,
        Release release) {

    public record Loan(
            LoanStatus status,
            String lender,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String reference,
            Instant changedAt,
            String changedBy) {}

    public record Invoice(String number, Instant issuedAt) {}

    public record Release(
            String releasedBy,
            Instant releasedAt,
            String reason,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal owedAtRelease) {}

    public static BalanceView of(SalesOrder o) {
        Settlement s = o.settlement;
        BigDecimal owed = o.balanceOwed();
        BigDecimal deposit = o.depositPaid == null ? BigDecimal.ZERO.setScale(2) : o.depositPaid;
        return new BalanceView(
                s.plan(),
                o.currency,
                o.total,
                deposit,
                s.depositReceiptNumber,
                deposit.add(s.paidTotal),
                owed,
                owed.signum() <= 0,
                o.cleared(),
                List.copyOf(s.payments),
                s.loanStatus == null
                        ? null
                        : new Loan(
                                s.loanStatus,
                                s.loanLender,
                                s.loanAmount,
                                s.loanReference,
                                s.loanChangedAt,
                                s.loanChangedBy),
                s.invoiceNumber == null ? null : new Invoice(s.invoiceNumber, s.invoicedAt),
                s.releasedAt == null
                        ? null
                        : new Release(s.releasedBy, s.releasedAt, s.releaseReason, s.owedAtRelease));
    }
}
