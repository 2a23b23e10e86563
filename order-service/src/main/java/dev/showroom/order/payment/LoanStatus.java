package dev.showroom.order.payment;

import dev.showroom.platform.http.ProblemException;
import java.util.Set;

/**
 * A car loan's life, as the lender answers it: APPLIED → APPROVED → DISBURSED, or REFUSED (after the application
 * or, withdrawn, after the approval); after a refusal the customer may apply again (another lender). DISBURSED is
 * final: the lender's money is a payment of the order. Any other change is a 409.
 */
public enum LoanStatus {
    APPLIED,
    APPROVED,
    REFUSED,
    DISBURSED;

    /** The statuses a loan may move to from {@code from} (null: no loan yet). */
    public static Set<LoanStatus> after(LoanStatus from) {
        if (from == null) {
            return Set.of(APPLIED);
        }
        return switch (from) {
            case APPLIED -> Set.of(APPROVED, REFUSED);
            case APPROVED -> Set.of(DISBURSED, REFUSED);
            case REFUSED -> Set.of(APPLIED);
            case DISBURSED -> Set.of();
        };
    }

    /** 409 unless a loan may move from {@code from} to {@code to}. */
    public static void requireMove(LoanStatus from, LoanStatus to) {
        if (!after(from).contains(to)) {
            throw ProblemException.conflict("A loan that is " + (from == null ? "not applied for" : from)
                    + " cannot become " + to + "; it may become " + after(from));
        }
    }

    /** While the loan is expected to pay part of the price: applied, approved (or paid: disbursed). */
    public boolean inProgress() {
        return this == APPLIED || this == APPROVED;
    }
}
