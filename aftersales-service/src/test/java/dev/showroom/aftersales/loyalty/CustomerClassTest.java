package dev.showroom.aftersales.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.aftersales.loyalty.CustomerClass.Facts;
import dev.showroom.aftersales.loyalty.CustomerClass.Loyalty;
import dev.showroom.aftersales.loyalty.CustomerClass.Thresholds;
import dev.showroom.aftersales.loyalty.CustomerClass.Value;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value and loyalty classes as plain rules: no Quarkus, no database. */
class CustomerClassTest {

    static Facts facts(int purchases, String spent, int referrals, Integer nps, int open, int inAYear, boolean lost) {
        return new Facts(purchases, new BigDecimal(spent), referrals, nps, open, inAYear, lost);
    }

    @Test
    void valueFollowsRepeatPurchasesAndTheDealersSpendThresholds() {
        assertEquals(
                Value.HIGH,
                CustomerClass.of(facts(2, "120000", 0, null, 0, 0, false), Thresholds.DEFAULT)
                        .value());
        assertEquals(
                Value.HIGH,
                CustomerClass.of(facts(1, "300000", 0, null, 0, 0, false), Thresholds.DEFAULT)
                        .value());
        assertEquals(
                Value.MEDIUM,
                CustomerClass.of(facts(1, "150000", 0, null, 0, 0, false), Thresholds.DEFAULT)
                        .value());
        assertEquals(
                Value.LOW,
                CustomerClass.of(facts(1, "149999.99", 0, null, 0, 0, false), Thresholds.DEFAULT)
                        .value());
        Thresholds cheap = new Thresholds(new BigDecimal("100000"), new BigDecimal("50000"));
        assertEquals(
                Value.HIGH,
                CustomerClass.of(facts(1, "120000", 0, null, 0, 0, false), cheap)
                        .value());
    }

    @Test
    void aRepeatBuyerOrAPromoterWhoRefersIsLoyalOthersPotentially() {
        assertEquals(
                Loyalty.LOYAL,
                CustomerClass.of(facts(2, "0", 0, null, 0, 0, false), Thresholds.DEFAULT)
                        .loyalty());
        CustomerClass promoter = CustomerClass.of(facts(1, "0", 1, 9, 0, 0, false), Thresholds.DEFAULT);
        assertEquals(Loyalty.LOYAL, promoter.loyalty());
        assertEquals(List.of("PROMOTER_WHO_REFERS"), promoter.reasons());
        // a promoter who has referred nobody yet, or a referrer who is only passive: not yet loyal
        assertEquals(
                Loyalty.POTENTIALLY_LOYAL,
                CustomerClass.of(facts(1, "0", 0, 10, 0, 0, false), Thresholds.DEFAULT)
                        .loyalty());
        assertEquals(
                Loyalty.POTENTIALLY_LOYAL,
                CustomerClass.of(facts(1, "0", 3, 8, 0, 0, false), Thresholds.DEFAULT)
                        .loyalty());
    }

    @Test
    void anythingGoneWrongPutsTheCustomerAtRiskEvenALoyalOne() {
        CustomerClass open = CustomerClass.of(facts(2, "400000", 1, 10, 1, 1, false), Thresholds.DEFAULT);
        assertEquals(Loyalty.AT_RISK, open.loyalty());
        assertEquals(Value.HIGH, open.value());
        assertEquals(List.of("REPEAT_BUYER", "OPEN_COMPLAINT"), open.reasons());
        assertEquals(
                List.of("REPEAT_COMPLAINER"),
                CustomerClass.of(facts(1, "0", 0, null, 0, 2, false), Thresholds.DEFAULT)
                        .reasons());
        assertEquals(
                List.of("DETRACTOR"),
                CustomerClass.of(facts(1, "0", 0, 6, 0, 0, false), Thresholds.DEFAULT)
                        .reasons());
        assertEquals(
                List.of("UNREACHABLE"),
                CustomerClass.of(facts(1, "0", 0, 7, 0, 0, true), Thresholds.DEFAULT)
                        .reasons());
    }
}
