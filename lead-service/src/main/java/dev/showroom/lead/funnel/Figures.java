package dev.showroom.lead.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Funnel counts (leads that reached at least each stage) and the conversion rate between each pair; and how many
 * of the leads were quoted before value was built (price before value, counted per consultant when grouped).
 */
public record Figures(Counts counts, Conversion conversion) {

    public record Counts(
            long leads,
            long visited,
            long needsAnalysed,
            long presented,
            long testDriven,
            long quoted,
            long ordered,
            long delivered,
            long defeated,
            long priceBeforeValue) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(
                    leads + o.leads,
                    visited + o.visited,
                    needsAnalysed + o.needsAnalysed,
                    presented + o.presented,
                    testDriven + o.testDriven,
                    quoted + o.quoted,
                    ordered + o.ordered,
                    delivered + o.delivered,
                    defeated + o.defeated,
                    priceBeforeValue + o.priceBeforeValue);
        }
    }

    /**
     * Each rate is the later count over the earlier one, 4 decimals; null when the earlier count is 0.
     * visitToTestDrive skips the presentation and visitToPresentation the needs analysis (kept for the clients
     * that read them). priceBeforeValueShare: the quoted leads whose first quote came before any needs analysis
     * and test drive (seeds 000 and 002), over the quoted.
     */
    public record Conversion(
            BigDecimal leadToVisit,
            BigDecimal visitToNeeds,
            BigDecimal needsToPresentation,
            BigDecimal visitToPresentation,
            BigDecimal presentationToTestDrive,
            BigDecimal visitToTestDrive,
            BigDecimal testDriveToQuote,
            BigDecimal quoteToOrder,
            BigDecimal orderToDelivery,
            BigDecimal leadToOrder,
            BigDecimal priceBeforeValueShare) {}

    public static Figures of(Counts c) {
        return new Figures(
                c,
                new Conversion(
                        rate(c.visited(), c.leads()),
                        rate(c.needsAnalysed(), c.visited()),
                        rate(c.presented(), c.needsAnalysed()),
                        rate(c.presented(), c.visited()),
                        rate(c.testDriven(), c.presented()),
                        rate(c.testDriven(), c.visited()),
                        rate(c.quoted(), c.testDriven()),
                        rate(c.ordered(), c.quoted()),
                        rate(c.delivered(), c.ordered()),
                        rate(c.ordered(), c.leads()),
                        rate(c.priceBeforeValue(), c.quoted())));
    }

    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
