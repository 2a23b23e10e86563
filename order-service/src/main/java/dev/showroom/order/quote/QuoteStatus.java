package dev.showroom.order.quote;

/**
 * ISSUED: given to the customer. PENDING_APPROVAL: the discount is above the consultant's limit and waits
 * for a manager, who APPROVES (then it is issued) or REJECTS it. ACCEPTED: the customer took it, an order
 * exists.
 */
public enum QuoteStatus {
    PENDING_APPROVAL,
    ISSUED,
    APPROVED,
    REJECTED,
    ACCEPTED;

    public boolean acceptable() {
        return this == ISSUED || this == APPROVED;
    }
}
