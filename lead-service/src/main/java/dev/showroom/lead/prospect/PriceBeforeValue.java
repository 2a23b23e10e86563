package dev.showroom.lead.prospect;

import java.time.Instant;

/**
 * "Before value is built never talk about the price" (seed 002; seed 000 puts value before price too). A quote
 * issued before any needs analysis and before any test drive of the lead is allowed, but flagged: the lead keeps
 * the flag and the funnel counts it per consultant. Decided from the milestones' times (the first needs
 * analysis, the first test drive completed, the first quote), so the events may arrive in any order: a needs
 * analysis that arrives late but happened before the quote clears the flag, one after it does not.
 */
public final class PriceBeforeValue {

    private PriceBeforeValue() {}

    /** True when the first quote came before both the first needs analysis and the first test drive. */
    public static boolean flagged(Instant quotedAt, Instant needsAnalysedAt, Instant testDrivenAt) {
        if (quotedAt == null) {
            return false;
        }
        return !happenedBy(needsAnalysedAt, quotedAt) && !happenedBy(testDrivenAt, quotedAt);
    }

    private static boolean happenedBy(Instant milestone, Instant quote) {
        return milestone != null && !milestone.isAfter(quote);
    }
}
