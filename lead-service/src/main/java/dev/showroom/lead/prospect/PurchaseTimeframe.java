package dev.showroom.lead.prospect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * When the customer means to buy, as the consultant heard it (docs/process.md, "Lead grades"). It suggests the
 * grade; the consultant may still choose another.
 */
public enum PurchaseTimeframe {
    THIS_WEEK,
    THIS_MONTH,
    ONE_TO_THREE_MONTHS,
    LATER;

    /** Grade A is "buys within 15 days": this month counts as A once no more than this many days are left. */
    static final int A_DAYS = 15;

    /**
     * The grade the timeframe suggests on {@code today} (the dealer's date): this week is H (within 7 days); this
     * month is A when at most 15 days of the month are left (today included), else B (within 30 days); one to
     * three months is C; later is C too, the lowest grade that is still followed up.
     */
    public Grade suggestedGrade(LocalDate today) {
        return switch (this) {
            case THIS_WEEK -> Grade.H;
            case THIS_MONTH -> daysLeftInMonth(today) <= A_DAYS ? Grade.A : Grade.B;
            case ONE_TO_THREE_MONTHS, LATER -> Grade.C;
        };
    }

    static long daysLeftInMonth(LocalDate today) {
        return ChronoUnit.DAYS.between(today, today.with(TemporalAdjusters.lastDayOfMonth())) + 1;
    }
}
