package dev.showroom.lead.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.lead.prospect.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {

    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    static List<String> broken(Campaign.Terms t) {
        return Campaign.check(t).stream().map(e -> e.field() + "/" + e.rule()).toList();
    }

    @Test
    void aCampaignHasANameDaysInOrderAndABudget() {
        assertEquals(
                List.of(),
                broken(new Campaign.Terms(
                        "Spring show", Channel.MARKETING_EVENT, MAY_1, MAY_1, new BigDecimal("80000.00"))));
        assertEquals(List.of(), broken(new Campaign.Terms("Free", null, MAY_1, MAY_1.plusDays(30), BigDecimal.ZERO)));
        assertEquals(
                List.of("name/required", "startsOn/required", "endsOn/required", "budget/required"),
                broken(new Campaign.Terms(" ", null, null, null, null)));
    }

    @Test
    void itCannotEndBeforeItStartsNorCostLessThanNothing() {
        assertEquals(
                List.of("endsOn/notBeforeStart", "budget/notNegative"),
                broken(new Campaign.Terms("Show", null, MAY_1, MAY_1.minusDays(1), new BigDecimal("-1"))));
        assertEquals(
                List.of("budget/amount"),
                broken(new Campaign.Terms("Show", null, MAY_1, MAY_1, new BigDecimal("0.001"))));
    }

    @Test
    void itsDaysAreADealersPlans() {
        assertEquals(
                List.of("startsOn/range", "endsOn/range"),
                broken(new Campaign.Terms(
                        "Show", null, LocalDate.of(1, 1, 1), LocalDate.of(99999, 1, 1), BigDecimal.ONE)));
    }

    @Test
    void itRunsWithinAPeriodWhenTheyShareADay() {
        Campaign c = new Campaign();
        c.startsOn = MAY_1;
        c.endsOn = MAY_1.plusDays(9);
        assertTrue(c.runsWithin(MAY_1.minusDays(30), MAY_1));
        assertTrue(c.runsWithin(MAY_1.plusDays(9), MAY_1.plusDays(20)));
        assertFalse(c.runsWithin(MAY_1.plusDays(10), MAY_1.plusDays(20)));
    }

    @Test
    void eachResultCostsTheBudgetOverItsCount() {
        CampaignCost cost = CampaignCost.of(new BigDecimal("90000.00"), 30, 7, 2);
        assertEquals(new BigDecimal("3000.00"), cost.perLead());
        assertEquals(new BigDecimal("12857.14"), cost.perTestDrive());
        assertEquals(new BigDecimal("45000.00"), cost.perOrder());
        // nothing to divide by is no figure, not zero
        CampaignCost none = CampaignCost.of(new BigDecimal("5000"), 0, 0, 0);
        assertNull(none.perLead());
        assertNull(none.perOrder());
        assertEquals(
                BigDecimal.ZERO.setScale(2),
                CampaignCost.of(BigDecimal.ZERO, 4, 0, 0).perLead());
    }
}
