package dev.showroom.lead.prospect;

/**
 * Why a prospect was lost, as the outcome the manager needs to reduce defeats (DOMAIN.md, "Defeats"): what the
 * customer did instead, or the reason that ended the sale. Seed 002's six objections are the defeat's decisive
 * {@link ObjectionCategory}, beside the reason.
 */
public enum DefeatReason {
    /** Bought a competitor's car: the brand and model are recorded. */
    BOUGHT_COMPETITOR,
    BOUGHT_SAME_BRAND_ELSEWHERE,
    POSTPONED,
    LOST_CONTACT,
    PRICE,
    FINANCING_REFUSED,
    OTHER;

    /** The reason of a category another service sent (order.cancelled's reasonCategory); OTHER when unknown. */
    public static DefeatReason fromCategory(String category) {
        for (DefeatReason r : values()) {
            if (r.name().equals(category)) {
                return r;
            }
        }
        return OTHER;
    }

    public boolean namesCompetitor() {
        return this == BOUGHT_COMPETITOR;
    }
}
