package dev.showroom.aftersales.settings;

import dev.showroom.platform.dealer.DealerRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * One dealer's after-sales settings (time zone: the dealer's profile). Keyed by the dealer itself (not tenant-filtered): it is only ever
 * read for the caller's or the event's dealer, through {@link DealerSettings}.
 */
@Entity
@Table(name = "aftersales_settings")
public class AftersalesSettings extends DealerRow {

    /** Who calls the customer back after delivery. */
    public enum Assignee {
        CONSULTANT,
        CUSTOMER_CARE
    }

    /** Days after delivery of each call-back, comma separated ("1,3,7,30"). */
    public String followUpDays;

    public LocalTime callTime;

    @Enumerated(EnumType.STRING)
    public Assignee followUpAssignee;
    /** The customer-care staff member who takes the calls when the assignee is CUSTOMER_CARE (null: the team's queue). */
    public String customerCareStaffId;

    public int maxCallAttempts;
    public int retryHours;
    /** Hours to acknowledge a LOW or MEDIUM complaint. */
    public int acknowledgeSlaHours;
    /** Hours to acknowledge a HIGH or CRITICAL complaint (it goes to the managers at once). */
    public int urgentAcknowledgeHours;
    /** Days to resolve a complaint, by severity. */
    public int resolveDaysLow;

    public int resolveDaysMedium;
    public int resolveDaysHigh;
    public int resolveDaysCritical;
    public int surveyLinkDays;
    public int periodicSurveyMonths;
    /** The call-backs (days after delivery) on which the customer is asked for referrals, comma separated ("3,7"). */
    public String referralAskDays;
    /** A customer's spend (cars delivered) from which they are of HIGH or MEDIUM value, in the dealer's currency. */
    public BigDecimal highValueSpend;

    public BigDecimal mediumValueSpend;

    /** Defaults (docs/process.md): calls the next day, after 3, 7 and 30 days at 10:00; complaints acknowledged
     * within 24 h (HIGH and CRITICAL 2 h) and resolved within 14, 7, 3 and 1 days from LOW to CRITICAL. */
    public static AftersalesSettings defaults(String dealerId) {
        AftersalesSettings s = new AftersalesSettings();
        s.dealerId = dealerId;
        s.followUpDays = "1,3,7,30";
        s.callTime = LocalTime.of(10, 0);
        s.followUpAssignee = Assignee.CONSULTANT;
        s.maxCallAttempts = 3;
        s.retryHours = 4;
        s.acknowledgeSlaHours = 24;
        s.urgentAcknowledgeHours = 2;
        s.resolveDaysLow = 14;
        s.resolveDaysMedium = 7;
        s.resolveDaysHigh = 3;
        s.resolveDaysCritical = 1;
        s.surveyLinkDays = 14;
        s.periodicSurveyMonths = 3;
        s.referralAskDays = "3,7";
        s.highValueSpend = new BigDecimal("300000");
        s.mediumValueSpend = new BigDecimal("150000");
        return s;
    }

    public List<Integer> followUpDayList() {
        return days(followUpDays);
    }

    public List<Integer> referralAskDayList() {
        return days(referralAskDays);
    }

    private static List<Integer> days(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
    }
}
