package dev.showroom.lead.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sales target worked back up the funnel: plain arithmetic, no Quarkus, no database. */
class TargetDecompositionTest {

    @Test
    void eachStepIsTheCeilingOfTheTargetOverTheDealersOwnRate() {
        // 200 leads, 120 visited, 60 test-driven, 15 ordered in the last 90 days
        TargetDecomposition.Result r = TargetDecomposition.of(10, counts(200, 120, 60, 15));
        assertEquals(new BigDecimal("0.6000"), r.rates().leadToVisit());
        assertEquals(new BigDecimal("0.5000"), r.rates().visitToTestDrive());
        assertEquals(new BigDecimal("0.2500"), r.rates().testDriveToOrder());
        // 10 / 0.25 = 40 test drives, 40 / 0.5 = 80 visits, 80 / 0.6 = 133.3.. -> 134 leads
        assertEquals(new TargetDecomposition.Needed(134L, 80L, 40L, 10), r.needed());
        assertEquals(
                List.of(
                        "testDrives = ceil(sales / (orders/testDrives)) = ceil(10 / (15/60)) = ceil(10 / 0.2500) = 40",
                        "visits = ceil(testDrives / (testDrives/visits)) = ceil(40 / (60/120)) = ceil(40 / 0.5000) = 80",
                        "leads = ceil(visits / (visits/leads)) = ceil(80 / (120/200)) = ceil(80 / 0.6000) = 134"),
                r.arithmetic());
    }

    @Test
    void theCountsThemselvesAreUsedSoARateThatDoesNotDivideEvenlyAddsNoRoundingError() {
        // 1/3 of test drives order: 0.3333 as a rate, but 7 sales need exactly 21 test drives, not 22
        TargetDecomposition.Result r = TargetDecomposition.of(7, counts(3, 3, 3, 1));
        assertEquals(new BigDecimal("0.3333"), r.rates().testDriveToOrder());
        assertEquals(21L, r.needed().testDrives());
        assertEquals(21L, r.needed().visits());
        assertEquals(21L, r.needed().leads());
    }

    @Test
    void aStepWithoutConversionsCannotBeWorkedOutNorAnyAboveIt() {
        TargetDecomposition.Result r = TargetDecomposition.of(5, counts(100, 50, 20, 0));
        assertNull(r.needed().testDrives());
        assertNull(r.needed().visits());
        assertNull(r.needed().leads());
        assertEquals(5, r.needed().orders());
        assertEquals(
                List.of("testDrives: cannot be worked out, no orders from testDrives in the last 90 days"),
                r.arithmetic());
        assertNull(TargetDecomposition.of(5, counts(0, 0, 0, 0)).rates().leadToVisit());
    }

    @Test
    void aZeroTargetNeedsNothing() {
        assertEquals(
                new TargetDecomposition.Needed(0L, 0L, 0L, 0),
                TargetDecomposition.of(0, counts(10, 5, 2, 1)).needed());
    }

    static Figures.Counts counts(long leads, long visited, long testDriven, long ordered) {
        return new Figures.Counts(leads, visited, visited, visited, testDriven, ordered, ordered, 0, 0, 0);
    }
}
