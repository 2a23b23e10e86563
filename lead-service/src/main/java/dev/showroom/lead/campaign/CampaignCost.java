package dev.showroom.lead.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a campaign paid for each result: its budget over the leads it brought, over those of them that were
 * test-driven, and over those that ordered; in the dealer's currency, to the cent. Nothing to divide by is no
 * figure (null), not zero: a campaign without an order has no cost per order yet.
 */
public record CampaignCost(BigDecimal perLead, BigDecimal perTestDrive, BigDecimal perOrder) {

    public static CampaignCost of(BigDecimal budget, long leads, long testDriven, long ordered) {
        return new CampaignCost(per(budget, leads), per(budget, testDriven), per(budget, ordered));
    }

    static BigDecimal per(BigDecimal budget, long count) {
        return budget == null || count <= 0 ? null : budget.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
