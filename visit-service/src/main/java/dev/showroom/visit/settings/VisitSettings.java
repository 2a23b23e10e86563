package dev.showroom.visit.settings;

import dev.showroom.platform.dealer.DealerRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One dealer's showroom settings (phone region and time zone: the dealer's profile). Keyed by the dealer itself (not tenant-filtered): it is only ever
 * read for the caller's or the event's dealer, through {@link DealerSettings}.
 */
@Entity
@Table(name = "visit_settings")
public class VisitSettings extends DealerRow {

    /** A call answered within this many rings (or {@link #answerWithinSeconds}) meets ANSWERED_IN_TIME. */
    public int answerWithinRings;

    public int answerWithinSeconds;
    /** A booked appointment's reminder is due this many hours before it. */
    public int reminderHoursBefore;

    /** Defaults (docs/process.md, step 3): 3 rings or 9 seconds; reminders a day ahead. */
    public static VisitSettings defaults(String dealerId) {
        VisitSettings s = new VisitSettings();
        s.dealerId = dealerId;
        s.answerWithinRings = 3;
        s.answerWithinSeconds = 9;
        s.reminderHoursBefore = 24;
        return s;
    }
}
