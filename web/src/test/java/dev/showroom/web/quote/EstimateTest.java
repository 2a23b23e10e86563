package dev.showroom.web.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.web.quote.QuotesApi.Price;
import dev.showroom.web.quote.QuotesApi.Prices;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's estimate follows order-service's arithmetic (PriceCalculator) on known figures. */
class EstimateTest {

    static final Prices PRICES = new Prices(
            "AURORA",
            LocalDate.of(2026, 12, 4),
            "CNY",
            List.of(
                    new Price("TRIM", "LUX", "Luxury", new BigDecimal("200000.00")),
                    new Price("COLOUR", "PEARL", "Pearl white", new BigDecimal("3000.00")),
                    new Price("OPTION", "PANO", "Panoramic roof", new BigDecimal("8000.00"))));

    @Test
    void listNetTotalAndTheMonthlyPayment() {
        Estimate e = Estimate.of(
                PRICES,
                new BigDecimal("5"),
                new Estimate.Input("LUX", "PEARL", List.of("PANO"), "20000", "30000", "50000", "36", "4.8"));
        assertEquals(new BigDecimal("211000.00"), e.listPrice());
        assertEquals(0, new BigDecimal("191000").compareTo(e.netPrice()));
        assertEquals(0, new BigDecimal("161000").compareTo(e.total()));
        assertEquals(0, new BigDecimal("111000").compareTo(e.financed()));
        // P·r / (1 − (1+r)^−n), r = 4.8 / 1200, n = 36, half-up to the cent
        assertEquals(new BigDecimal("3316.81"), e.monthly());
        assertEquals(new BigDecimal("9.48"), e.discountPercent());
        assertTrue(e.needsApproval(), "9.48 % is above the 5 % limit");
    }

    @Test
    void zeroRateRepaysInEqualPartsAndASmallDiscountNeedsNoApproval() {
        Estimate e = Estimate.of(
                PRICES, new BigDecimal("5"), new Estimate.Input("LUX", "PEARL", List.of(), "1000", "", "", "12", "0"));
        assertEquals(0, new BigDecimal("202000").compareTo(e.total()));
        assertEquals(new BigDecimal("16833.33"), e.monthly());
        assertFalse(e.needsApproval());
    }

    @Test
    void whatCannotBeReadLeavesItsFiguresEmptyAndAnUnpricedItemIsNamed() {
        Estimate e = Estimate.of(PRICES, null, new Estimate.Input("LUX", "RED", List.of(), "12x", "", "", "", ""));
        assertNull(e.discount());
        assertNull(e.total());
        assertNull(e.monthly());
        assertEquals(List.of("RED"), e.unpriced());
    }
}
