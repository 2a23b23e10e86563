package dev.showroom.lead.followup;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.settings.LeadSettings;
import java.time.Instant;
import java.time.ZoneId;

/** When the next follow-up is due: the grade's cadence, counted in days of the dealer's time zone (its profile). */
public final class FollowUpSchedule {

    private FollowUpSchedule() {}

    /** Null for O and F: an ordered or lost lead is not followed up by the prospecting cadence. */
    public static Instant next(LeadSettings s, ZoneId zone, Grade grade, Instant from) {
        Integer days = grade == null
                ? Integer.valueOf(s.firstFollowUpDays)
                : switch (grade) {
                    case H -> s.cadenceHDays;
                    case A -> s.cadenceADays;
                    case B -> s.cadenceBDays;
                    case C -> s.cadenceCDays;
                    case O, F -> null;
                };
        return days == null ? null : from.atZone(zone).plusDays(days).toInstant();
    }
}
