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
        return next(s, zone, grade, false, from);
    }

    /**
     * As {@link #next(LeadSettings, ZoneId, Grade, Instant)}, but a customer who ordered and waits for the car
     * ({@code awaitingDelivery}, grade O) is kept in touch at grade B's cadence (weekly by default) until delivery.
     */
    public static Instant next(LeadSettings s, ZoneId zone, Grade grade, boolean awaitingDelivery, Instant from) {
        if (grade == Grade.O && awaitingDelivery) {
            return from.atZone(zone).plusDays(s.cadenceBDays).toInstant();
        }
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

    /**
     * A contact of any kind (a follow-up, a visit or call, a completed test drive, a quote) at {@code at}: the
     * next follow-up is one cadence after the latest contact, so a customer who came in today is not overdue.
     * A contact older than the latest one known ({@code lastContact}, an event arriving late) changes nothing:
     * {@code current} stays. Null for O and F.
     */
    public static Instant afterContact(
            LeadSettings s, ZoneId zone, Grade grade, Instant current, Instant lastContact, Instant at) {
        return afterContact(s, zone, grade, false, current, lastContact, at);
    }

    /** {@link #afterContact(LeadSettings, ZoneId, Grade, Instant, Instant, Instant)} of a customer waiting or not. */
    public static Instant afterContact(
            LeadSettings s,
            ZoneId zone,
            Grade grade,
            boolean awaitingDelivery,
            Instant current,
            Instant lastContact,
            Instant at) {
        if (lastContact != null && !at.isAfter(lastContact)) {
            return current;
        }
        return next(s, zone, grade, awaitingDelivery, at);
    }
}
