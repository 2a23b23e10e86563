package dev.showroom.lead.settings;

import dev.showroom.platform.dealer.DealerRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One dealer's prospecting settings (the phone region and time zone are the dealer's profile's). Keyed by the
 * dealer itself (not tenant-filtered): it is only ever read for the caller's or the event's dealer, through
 * {@link DealerSettings}.
 */
@Entity
@Table(name = "lead_settings")
public class LeadSettings extends DealerRow {

    @Column(name = "cadence_h_days")
    public int cadenceHDays;

    @Column(name = "cadence_a_days")
    public int cadenceADays;

    @Column(name = "cadence_b_days")
    public int cadenceBDays;

    @Column(name = "cadence_c_days")
    public int cadenceCDays;
    /** An ungraded new lead is first followed up after this many days. */
    public int firstFollowUpDays;
    /** An online or referral lead is contacted within this many minutes of opening hours, or reassigned. */
    public int responseLimitMinutes;

    /** The defaults (docs/process.md, grades): H every 2 days, A 3, B 7, C 14. */
    public static LeadSettings defaults(String dealerId) {
        LeadSettings s = new LeadSettings();
        s.dealerId = dealerId;
        s.cadenceHDays = 2;
        s.cadenceADays = 3;
        s.cadenceBDays = 7;
        s.cadenceCDays = 14;
        s.firstFollowUpDays = 1;
        s.responseLimitMinutes = 30;
        return s;
    }
}
