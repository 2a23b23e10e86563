package dev.showroom.visit.settings;

import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One dealer's showroom settings. Keyed by the dealer itself (not tenant-filtered): it is only ever
 * read for the caller's or the event's dealer, through {@link DealerSettings}.
 */
@Entity
@Table(name = "visit_settings")
public class VisitSettings extends PanacheEntityBase {

    @Id
    public String dealerId;
    /** Phone numbers without a country code are read in this region. */
    public String region;
    /** Slots, "today" and checklist days are reckoned in this zone. */
    public String timeZone;
    /** A call answered within this many rings (or {@link #answerWithinSeconds}) meets ANSWERED_IN_TIME. */
    public int answerWithinRings;
    public int answerWithinSeconds;
    /** A booked appointment's reminder is due this many hours before it. */
    public int reminderHoursBefore;
    @Version
    public long version;

    /** Defaults (docs/process.md, step 3): region CN, Asia/Shanghai, 3 rings or 9 seconds; reminders a day ahead. */
    public static VisitSettings defaults(String dealerId) {
        VisitSettings s = new VisitSettings();
        s.dealerId = dealerId;
        s.region = "CN";
        s.timeZone = "Asia/Shanghai";
        s.answerWithinRings = 3;
        s.answerWithinSeconds = 9;
        s.reminderHoursBefore = 24;
        return s;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
