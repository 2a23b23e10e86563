package dev.showroom.order.payment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How long a balance has been owed, in the usual receivables buckets: 0–30 days, 31–60, 61–90 and over 90,
 * counted in days of the dealer's calendar from the day the contract was signed (the day the price became
 * owed) to the report's day.
 */
public enum Ageing {
    DAYS_0_30(0, 30),
    DAYS_31_60(31, 60),
    DAYS_61_90(61, 90),
    OVER_90(91, Integer.MAX_VALUE);

    public final int fromDays;
    public final int toDays;

    Ageing(int fromDays, int toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public static final List<Ageing> ALL = List.of(values());

    /** Whole days from {@code since} to {@code asOf}, never negative. */
    public static long days(LocalDate since, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(since, asOf));
    }

    public static Ageing of(long days) {
        for (Ageing a : values()) {
            if (days <= a.toDays) {
                return a;
            }
        }
        return OVER_90;
    }
}
