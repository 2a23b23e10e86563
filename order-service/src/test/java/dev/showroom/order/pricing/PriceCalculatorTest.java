package dev.showroom.order.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.showroom.platform.http.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known totals to the cent; the expected figures were computed independently (Python decimal, 34 digits). */
class PriceCalculatorTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static final List<BigDecimal> LINES = List.of(d("200000.00"), d("3000.00"), d("8000.00"), d("2500.00"));
    static final List<BigDecimal> FEES = List.of(d("500.00"), d("4321.50"));

    @Test
    void listPriceDiscountFeesAndTradeInGiveTheTotal() {
        var r = PriceCalculator.compute(new PriceCalculator.Input(LINES, d("10000.00"), d("30000.00"), FEES, null));
        assertEquals(d("213500.00"), r.listPrice());
        assertEquals(d("203500.00"), r.netPrice());
        assertEquals(d("4821.50"), r.feesTotal());
        assertEquals(d("178321.50"), r.total());
        assertNull(r.financing());
    }

    @Test
    void noDiscountNoTradeInNoFees() {
        var r = PriceCalculator.compute(
                new PriceCalculator.Input(List.of(d("99999.99"), d("0.01")), null, null, null, null));
        assertEquals(d("100000.00"), r.total());
    }

    @Test
    void financingByTheAnnuityFormulaToTheCent() {
        var r = PriceCalculator.compute(new PriceCalculator.Input(
                LINES,
                d("10000.00"),
                d("30000.00"),
                FEES,
                new PriceCalculator.Financing(d("50000.00"), 36, d("4.80"))));
        var f = r.financing();
        assertEquals(d("128321.50"), f.financedAmount());
        assertEquals(d("3834.40"), f.monthlyInstalment());
        assertEquals(d("3834.34"), f.finalInstalment());
        assertEquals(d("138038.34"), f.totalOfInstalments());
        assertEquals(d("9716.84"), f.totalInterest());
    }

    @Test
    void moreAnnuities() {
        assertEquals(d("1841.20"), PriceCalculator.monthlyInstalment(d("100000.00"), 60, d("3.99")));
        assertEquals(d("202000.00"), PriceCalculator.monthlyInstalment(d("200000.00"), 1, d("12")));
        var f = PriceCalculator.finance(d("150000.00"), new PriceCalculator.Financing(d("50000.00"), 60, d("3.99")));
        assertEquals(d("1841.26"), f.finalInstalment());
        assertEquals(d("10472.06"), f.totalInterest());
    }

    @Test
    void zeroPercentRepaysThePrincipalInEqualPartsAndTheLastTakesTheCents() {
        var f = PriceCalculator.finance(d("178321.50"), new PriceCalculator.Financing(d("50000.00"), 36, d("0")));
        assertEquals(d("3564.49"), f.monthlyInstalment());
        assertEquals(d("3564.35"), f.finalInstalment());
        assertEquals(d("128321.50"), f.totalOfInstalments());
        assertEquals(d("0.00"), f.totalInterest());

        var g = PriceCalculator.finance(d("100000.00"), new PriceCalculator.Financing(d("0.00"), 12, d("0.00")));
        assertEquals(d("8333.33"), g.monthlyInstalment());
        assertEquals(d("8333.37"), g.finalInstalment());
        assertEquals(d("0.00"), g.totalInterest());
    }

    @Test
    void roundingIsHalfUpToTheCent() {
        // 1000.05 / 2 = 500.025 → 500.03 (HALF_UP; HALF_EVEN would give 500.02)
        assertEquals(d("500.03"), PriceCalculator.monthlyInstalment(d("1000.05"), 2, BigDecimal.ZERO));
    }

    @Test
    void badFiguresAreRefusedNamingTheField() {
        var above = assertThrows(
                ProblemException.class,
                () -> PriceCalculator.compute(new PriceCalculator.Input(LINES, d("213500.01"), null, null, null)));
        assertEquals("discount", above.errors().get(0).field());
        var tradeIn = assertThrows(
                ProblemException.class,
                () -> PriceCalculator.compute(
                        new PriceCalculator.Input(List.of(d("1000.00")), null, d("1000.01"), null, null)));
        assertEquals("tradeIn.appraisedValue", tradeIn.errors().get(0).field());
        var down = assertThrows(
                ProblemException.class,
                () -> PriceCalculator.compute(new PriceCalculator.Input(
                        List.of(d("1000.00")),
                        null,
                        null,
                        null,
                        new PriceCalculator.Financing(d("1000.01"), 12, d("3")))));
        assertEquals("financing.downPayment", down.errors().get(0).field());
        var term = assertThrows(
                ProblemException.class,
                () -> PriceCalculator.compute(new PriceCalculator.Input(
                        List.of(d("1000.00")), null, null, null, new PriceCalculator.Financing(d("0.00"), 0, d("3")))));
        assertEquals("financing.termMonths", term.errors().get(0).field());
    }
}
