package dev.showroom.order.payment;

import dev.showroom.platform.http.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How an order is paid after its deposit (seed 004, collecting payment): payments towards the balance, a loan
 * (applied, approved, refused, disbursed: the disbursement is a payment), the invoice's number and the manager's
 * release of a car not paid in full. The balance itself is the order's ({@code SalesOrder.balanceOwed}): the
 * agreed price less the deposit paid and the payments here. Rules only; the order checks its state first.
 */
@Embeddable
public class Settlement {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payments", nullable = false)
    public List<Payment> payments = new ArrayList<>();

    /** The sum of {@link #payments} (the deposit is not among them). */
    @Column(name = "paid_total", nullable = false)
    public BigDecimal paidTotal = BigDecimal.ZERO.setScale(2);

    public Instant lastPaidAt;
    public String depositReceiptNumber;

    @Enumerated(EnumType.STRING)
    public LoanStatus loanStatus;

    /** The loan's status before its latest change (announced with it; not stored). */
    @Transient
    public LoanStatus previousLoanStatus;

    public String loanLender;
    public BigDecimal loanAmount;
    public String loanReference;
    public Instant loanChangedAt;
    public String loanChangedBy;
    public String invoiceNumber;
    public Instant invoicedAt;
    public String releasedBy;
    public Instant releasedAt;
    /** Why the manager let the car go unpaid: free text, erased with the customer. */
    public String releaseReason;

    public BigDecimal owedAtRelease;

    /**
     * The customer pays part or all of what is owed: more than is owed is refused (422 naming amount), nothing
     * owed is a 409. The payment is kept with its receipt number.
     */
    public Payment receive(
            BigDecimal amount, String method, BigDecimal owed, String receiptNumber, String by, Instant now) {
        if (owed.signum() <= 0) {
            throw ProblemException.conflict("Nothing is owed on this order: it is paid in full");
        }
        if (amount.signum() <= 0) {
            throw ProblemException.invalid("amount", "positive", "must be more than 0");
        }
        if (amount.compareTo(owed) > 0) {
            throw ProblemException.unprocessable(
                    "amount", "notAboveBalance", "The payment must not be above the balance owed (" + owed + ")");
        }
        return add(new Payment(UUID.randomUUID(), receiptNumber, amount, method, now, by));
    }

    private Payment add(Payment p) {
        List<Payment> all = new ArrayList<>(payments);
        all.add(p);
        payments = all;
        paidTotal = paidTotal.add(p.amount());
        lastPaidAt = p.paidAt();
        return p;
    }

    /**
     * The loan moves on ({@link LoanStatus#requireMove}: 409 otherwise). An application names the lender and the
     * amount (400), not above what is owed (422); an approval may lower the amount; the disbursement pays the
     * approved amount, at most what is owed then (422), as a payment with its receipt number, which it returns.
     */
    public Payment changeLoan(
            LoanStatus to,
            String lender,
            BigDecimal amount,
            String reference,
            BigDecimal owed,
            Supplier<String> receiptNumber,
            String by,
            Instant now) {
        LoanStatus.requireMove(loanStatus, to);
        Payment disbursed = null;
        switch (to) {
            case APPLIED -> {
                if (lender == null || lender.isBlank()) {
                    throw ProblemException.invalid("lender", "required", "An application names the lender");
                }
                if (amount == null) {
                    throw ProblemException.invalid("amount", "required", "An application names the amount applied for");
                }
                requireNotAboveOwed(amount, owed);
                loanLender = lender;
                loanAmount = amount;
                loanReference = reference;
            }
            case APPROVED -> {
                if (amount != null) {
                    if (amount.compareTo(loanAmount) > 0) {
                        throw ProblemException.unprocessable(
                                "amount",
                                "notAboveApplied",
                                "The approved amount must not be above the " + loanAmount + " applied for");
                    }
                    loanAmount = amount;
                }
                if (reference != null) {
                    loanReference = reference;
                }
            }
            case DISBURSED -> {
                if (amount != null && amount.compareTo(loanAmount) != 0) {
                    throw ProblemException.unprocessable(
                            "amount", "approvedAmount", "The lender disburses the approved " + loanAmount);
                }
                requireNotAboveOwed(loanAmount, owed);
                disbursed = add(new Payment(UUID.randomUUID(), receiptNumber.get(), loanAmount, Payment.LOAN, now, by));
            }
            case REFUSED -> {
                // the amount applied for stays on record with the refusal
            }
        }
        previousLoanStatus = loanStatus;
        loanStatus = to;
        loanChangedAt = now;
        loanChangedBy = by;
        return disbursed;
    }

    private static void requireNotAboveOwed(BigDecimal amount, BigDecimal owed) {
        if (amount.compareTo(owed) > 0) {
            throw ProblemException.unprocessable(
                    "amount", "notAboveBalance", "The loan must not be above the balance owed (" + owed + ")");
        }
    }

    /** The car is paid in full, or a manager let it go with the balance owed. */
    public boolean cleared(BigDecimal owed) {
        return owed.signum() <= 0 || releasedAt != null;
    }

    /**
     * The gate before the PDI and the handover: 422 naming {@code balanceOwed} and the rule {@code paidInFull}
     * unless the car is paid (a disbursed loan is a payment) or a manager released it.
     */
    public void requireCleared(BigDecimal owed, String currency, String step) {
        if (cleared(owed)) {
            return;
        }
        String loan = loanStatus == null
                ? ""
                : "; the loan is " + loanStatus + (loanStatus.inProgress() ? ", not disbursed" : "");
        throw ProblemException.unprocessable(
                "balanceOwed",
                "paidInFull",
                "Cannot " + step + " a car that is not paid: " + owed + " " + currency + " is still owed" + loan
                        + ". The balance must be paid or the loan disbursed first, unless a manager releases the car"
                        + " with a reason");
    }

    /**
     * The manager lets the car go before it is paid, with a reason (kept with who and when, and the balance then
     * owed): once (409), and only while something is owed (409).
     */
    public void release(String reason, BigDecimal owed, String by, Instant now) {
        if (releasedAt != null) {
            throw ProblemException.conflict("The car was released already by " + releasedBy);
        }
        if (owed.signum() <= 0) {
            throw ProblemException.conflict("Nothing is owed on this order: it needs no release");
        }
        releaseReason = reason;
        releasedBy = by;
        releasedAt = now;
        owedAtRelease = owed;
    }

    /** The invoice's number (from the tax system), once: the same number again changes nothing, another is 409. */
    public boolean invoice(String number, Instant now) {
        if (invoiceNumber != null) {
            if (invoiceNumber.equals(number)) {
                return false;
            }
            throw ProblemException.conflict("The order was invoiced already as " + invoiceNumber);
        }
        invoiceNumber = number;
        invoicedAt = now;
        return true;
    }

    /** CASH unless a loan is applied for, approved or disbursed (a refused loan leaves the customer to pay). */
    public String plan() {
        return loanStatus == null || loanStatus == LoanStatus.REFUSED ? "CASH" : "LOAN";
    }
}
