package dev.showroom.aftersales.loyalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's value and loyalty classes (seed 003 §3.2; docs/process.md, step 10), from what after-sales knows of
 * them. Value: HIGH for a repeat buyer or a large spend, MEDIUM for a spend at or over the dealer's medium
 * threshold, else LOW. Loyalty: AT_RISK when something went wrong (a complaint still open, two or more complaints in a
 * year, a last recommendation of 0-6, or the last call-back unreachable), LOYAL for a repeat buyer or a promoter
 * (9-10) who referred someone, else POTENTIALLY_LOYAL. At risk wins over loyal: the care call comes first.
 */
public record CustomerClass(Value value, Loyalty loyalty, List<String> reasons) {

    public enum Value {
        HIGH,
        MEDIUM,
        LOW
    }

    public enum Loyalty {
        LOYAL,
        POTENTIALLY_LOYAL,
        AT_RISK
    }

    /** What the classes are computed from: cars bought and their total, referrals, the last survey, complaints, calls. */
    public record Facts(
            int purchases,
            BigDecimal spent,
            int referrals,
            Integer lastRecommendation,
            int openComplaints,
            int complaintsInAYear,
            boolean lastCallUnreachable) {}

    /** The dealer's spend thresholds (in its currency). */
    public record Thresholds(BigDecimal highValueSpend, BigDecimal mediumValueSpend) {
        public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("300000"), new BigDecimal("150000"));
    }

    static final int PROMOTER_MIN = 9;
    static final int DETRACTOR_MAX = 6;

    public static CustomerClass of(Facts f, Thresholds t) {
        List<String> reasons = new ArrayList<>();
        Value value;
        if (f.purchases() >= 2) {
            value = Value.HIGH;
            reasons.add("REPEAT_BUYER");
        } else if (f.spent().compareTo(t.highValueSpend()) >= 0) {
            value = Value.HIGH;
            reasons.add("HIGH_SPEND");
        } else if (f.spent().compareTo(t.mediumValueSpend()) >= 0) {
            value = Value.MEDIUM;
        } else {
            value = Value.LOW;
        }
        List<String> risks = new ArrayList<>();
        if (f.openComplaints() > 0) {
            risks.add("OPEN_COMPLAINT");
        }
        if (f.complaintsInAYear() >= 2) {
            risks.add("REPEAT_COMPLAINER");
        }
        if (f.lastRecommendation() != null && f.lastRecommendation() <= DETRACTOR_MAX) {
            risks.add("DETRACTOR");
        }
        if (f.lastCallUnreachable()) {
            risks.add("UNREACHABLE");
        }
        Loyalty loyalty;
        if (!risks.isEmpty()) {
            loyalty = Loyalty.AT_RISK;
            reasons.addAll(risks);
        } else if (f.purchases() >= 2) {
            loyalty = Loyalty.LOYAL;
        } else if (f.lastRecommendation() != null && f.lastRecommendation() >= PROMOTER_MIN && f.referrals() > 0) {
            loyalty = Loyalty.LOYAL;
            reasons.add("PROMOTER_WHO_REFERS");
        } else {
            loyalty = Loyalty.POTENTIALLY_LOYAL;
        }
        return new CustomerClass(value, loyalty, List.copyOf(reasons));
    }
}
