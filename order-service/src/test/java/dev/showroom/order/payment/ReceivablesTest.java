package dev.showroom.order.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receivables report's arithmetic: ages in the dealer's days, buckets, sums per consultant. */
class ReceivablesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void bucketsAreZeroToThirtyThirtyOneToSixtySixtyOneToNinetyAndOver() {
        assertEquals(Ageing.DAYS_0_30, Ageing.of(0));
        assertEquals(Ageing.DAYS_0_30, Ageing.of(30));
        assertEquals(Ageing.DAYS_31_60, Ageing.of(31));
        assertEquals(Ageing.DAYS_31_60, Ageing.of(60));
        assertEquals(Ageing.DAYS_61_90, Ageing.of(61));
        assertEquals(Ageing.DAYS_61_90, Ageing.of(90));
        assertEquals(Ageing.OVER_90, Ageing.of(91));
        assertEquals(0, Ageing.days(AS_OF.plusDays(1), AS_OF), "never negative");
        assertEquals(30, Ageing.days(LocalDate.of(2026, 5, 31), AS_OF));
    }

    @Test
    void whoOwesWhatSinceWhenOldestFirstWithTheSumsPerBucketAndConsultant() {
        Receivables.Report r = Receivables.of(
                List.of(
                        owing(
                                "N-3",
                                "li.wei",
                                "150000.00",
                                AS_OF.minusDays(5),
                                LoanStatus.APPROVED,
                                false,
                                "ALLOCATED"),
                        owing("N-1", "li.wei", "1000.50", AS_OF.minusDays(100), null, true, "DELIVERED"),
                        owing("N-2", "zhang.min", "30000.00", AS_OF.minusDays(45), null, false, "DEPOSIT_PAID")),
                AS_OF,
                "CNY");
        assertEquals(3, r.orders());
        assertEquals("181000.50", r.owed());
        assertEquals("150000.00", r.owedOnLoansInProgress());
        assertEquals("1000.50", r.owedOnReleasedCars());
        assertEquals(
                List.of("N-1", "N-2", "N-3"),
                r.items().stream().map(Receivables.Item::orderNumber).toList());
        assertEquals(100, r.items().get(0).ageDays());
        assertEquals(Ageing.OVER_90, r.items().get(0).bucket());
        assertEquals(Ageing.DAYS_31_60, r.items().get(1).bucket());

        assertEquals(4, r.buckets().size());
        assertEquals("150000.00", r.buckets().get(0).owed());
        assertEquals(1, r.buckets().get(0).orders());
        assertEquals("30000.00", r.buckets().get(1).owed());
        assertEquals("0.00", r.buckets().get(2).owed());
        assertEquals(0, r.buckets().get(2).orders());
        assertEquals("1000.50", r.buckets().get(3).owed());
        assertNull(r.buckets().get(3).toDays());

        assertEquals("li.wei", r.byConsultant().get(0).consultantId(), "the largest sum first");
        assertEquals(2, r.byConsultant().get(0).orders());
        assertEquals("151000.50", r.byConsultant().get(0).owed());
        assertEquals("1000.50", r.byConsultant().get(0).overSixtyDays());
        assertEquals("30000.00", r.byConsultant().get(1).owed());
    }

    @Test
    void nothingOwedIsAnEmptyReportWithEveryBucketAtZero() {
        Receivables.Report r = Receivables.of(List.of(), AS_OF, "CNY");
        assertEquals(0, r.orders());
        assertEquals("0.00", r.owed());
        assertEquals(4, r.buckets().size());
    }

    static Receivables.Owing owing(
            String number,
            String consultant,
            String owed,
            LocalDate since,
            LoanStatus loan,
            boolean released,
            String status) {
        return new Receivables.Owing(
                "id-" + number,
                number,
                "lead-" + number,
                null,
                consultant,
                status,
                "CNY",
                new BigDecimal("200000.00"),
                new BigDecimal("200000.00").subtract(new BigDecimal(owed)),
                new BigDecimal(owed),
                since,
                loan == null ? "CASH" : "LOAN",
                loan,
                loan == null ? null : new BigDecimal(owed),
                released,
                null);
    }
}
