package dev.showroom.order.orders;

/**
 * Why the customer cancelled, in the categories of lead-service's defeat analysis (its {@code DefeatReason}): a
 * cancelled order is a lost sale and counts among the lead's defeats. Losing contact does not end a signed
 * order, so it is not one of them.
 */
public enum CancelCategory {
    /** Bought a competitor's car: the brand and model are named. */
    BOUGHT_COMPETITOR,
    BOUGHT_SAME_BRAND_ELSEWHERE,
    POSTPONED,
    PRICE,
    FINANCING_REFUSED,
    OTHER;

    public boolean namesCompetitor() {
        return this == BOUGHT_COMPETITOR;
    }
}
