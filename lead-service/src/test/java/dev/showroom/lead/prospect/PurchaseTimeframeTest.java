package dev.showroom.lead.prospect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The purchase timeframe suggests the grade (docs/process.md, "Lead grades"): plain rules, no Quarkus. */
class PurchaseTimeframeTest {

    @Test
    void thisWeekIsHotAndOneToThreeMonthsOrLaterIsC() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        assertEquals(Grade.H, PurchaseTimeframe.THIS_WEEK.suggestedGrade(day));
        assertEquals(Grade.C, PurchaseTimeframe.ONE_TO_THREE_MONTHS.suggestedGrade(day));
        assertEquals(Grade.C, PurchaseTimeframe.LATER.suggestedGrade(day), "the lowest grade still followed up");
    }

    @Test
    void thisMonthIsAWhenAtMostFifteenDaysOfTheMonthAreLeftElseB() {
        assertEquals(Grade.B, PurchaseTimeframe.THIS_MONTH.suggestedGrade(LocalDate.of(2026, 12, 1)), "31 days left");
        assertEquals(Grade.B, PurchaseTimeframe.THIS_MONTH.suggestedGrade(LocalDate.of(2026, 12, 16)), "16 days left");
        assertEquals(Grade.A, PurchaseTimeframe.THIS_MONTH.suggestedGrade(LocalDate.of(2026, 12, 17)), "15 days left");
        assertEquals(Grade.A, PurchaseTimeframe.THIS_MONTH.suggestedGrade(LocalDate.of(2026, 12, 31)), "the last day");
        assertEquals(
                Grade.A, PurchaseTimeframe.THIS_MONTH.suggestedGrade(LocalDate.of(2027, 2, 14)), "February: 15 left");
        assertEquals(Grade.B, PurchaseTimeframe.THIS_MONTH.suggestedGrade(LocalDate.of(2027, 2, 13)), "16 left");
    }
}
