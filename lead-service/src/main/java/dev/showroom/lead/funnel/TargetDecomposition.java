package dev.showroom.lead.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Works a sales target back up the funnel with the dealer's own conversion rates:
 * test drives = ⌈sales ÷ (orders/test drives)⌉, visits = ⌈test drives ÷ (test drives/visits)⌉,
 * leads = ⌈visits ÷ (visits/leads)⌉. Computed with the counts themselves, so no rounding creeps in.
 */
public final class TargetDecomposition {

    public record Needed(Long leads, Long visits, Long testDrives, long orders) {}

    public record Rates(BigDecimal leadToVisit, BigDecimal visitToTestDrive, BigDecimal testDriveToOrder) {}

    public record Result(Rates rates, Needed needed, List<String> arithmetic) {}

    private TargetDecomposition() {}

    public static Result of(int sales, Figures.Counts basis) {
        Rates rates = new Rates(
                Figures.rate(basis.visited(), basis.leads()),
                Figures.rate(basis.testDriven(), basis.visited()),
                Figures.rate(basis.ordered(), basis.testDriven()));
        List<String> lines = new ArrayList<>();
        Long testDrives =
                step(sales, "testDrives", "sales", "orders", basis.ordered(), "testDrives", basis.testDriven(), lines);
        Long visits = testDrives == null
                ? null
                : step(
                        testDrives,
                        "visits",
                        "testDrives",
                        "testDrives",
                        basis.testDriven(),
                        "visits",
                        basis.visited(),
                        lines);
        Long leads = visits == null
                ? null
                : step(visits, "leads", "visits", "visits", basis.visited(), "leads", basis.leads(), lines);
        return new Result(rates, new Needed(leads, visits, testDrives, sales), lines);
    }

    /** needed = ⌈target × whole ÷ part⌉ = ⌈target ÷ (part/whole)⌉, written out for the reader. */
    private static Long step(
            long target,
            String name,
            String targetName,
            String partName,
            long part,
            String wholeName,
            long whole,
            List<String> lines) {
        if (part == 0) {
            lines.add(name + ": cannot be worked out, no " + partName + " from " + wholeName + " in the last 90 days");
            return null;
        }
        long needed = BigDecimal.valueOf(target)
                .multiply(BigDecimal.valueOf(whole))
                .divide(BigDecimal.valueOf(part), 0, RoundingMode.CEILING)
                .longValueExact();
        lines.add(name + " = ceil(" + targetName + " / (" + partName + "/" + wholeName + ")) = ceil(" + target
                + " / (" + part + "/" + whole + ")) = ceil(" + target + " / " + Figures.rate(part, whole) + ") = "
                + needed);
        return needed;
    }
}
