package dev.showroom.lead.response;

import dev.showroom.contracts.Events;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A new lead's wait for its first contact, counted in the dealer's opening hours (its profile; a day not listed
 * is closed): a lead that comes in at night waits from the next opening. Plain rules, no Quarkus.
 */
public final class ResponseClock {

    /** How far ahead a deadline is looked for: a dealer closed longer than this has none (wall-clock then). */
    static final int SEARCH_DAYS = 30;

    private final Map<DayOfWeek, LocalTime[]> open = new EnumMap<>(DayOfWeek.class);
    private final ZoneId zone;

    public ResponseClock(List<Events.OpeningHours> hours, ZoneId zone) {
        this.zone = zone;
        for (Events.OpeningHours h : hours) {
            open.put(
                    DayOfWeek.valueOf(h.day().strip().toUpperCase(Locale.ROOT)),
                    new LocalTime[] {LocalTime.parse(h.opens()), LocalTime.parse(h.closes())});
        }
    }

    /**
     * When {@code limit} of opening time has passed since {@code from}: the lead must have been contacted by
     * then. Without any opening hours, the limit counts in plain time.
     */
    public Instant deadline(Instant from, Duration limit) {
        if (open.isEmpty()) {
            return from.plus(limit);
        }
        Duration left = limit;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
            Instant[] window = window(day);
            if (window == null) {
                continue;
            }
            Instant start = from.isAfter(window[0]) ? from : window[0];
            if (!start.isBefore(window[1])) {
                continue;
            }
            Duration available = Duration.between(start, window[1]);
            if (available.compareTo(left) >= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        return from.plus(limit);
    }

    /** The opening time between {@code from} and {@code to} (zero when {@code to} is not after {@code from}). */
    public Duration openTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (open.isEmpty()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Instant[] window = window(day);
            if (window == null) {
                continue;
            }
            Instant start = from.isAfter(window[0]) ? from : window[0];
            Instant end = to.isBefore(window[1]) ? to : window[1];
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private Instant[] window(LocalDate day) {
        LocalTime[] hours = open.get(day.getDayOfWeek());
        if (hours == null) {
            return null;
        }
        ZonedDateTime opens = day.atTime(hours[0]).atZone(zone);
        ZonedDateTime closes = day.atTime(hours[1]).atZone(zone);
        return new Instant[] {opens.toInstant(), closes.toInstant()};
    }
}
