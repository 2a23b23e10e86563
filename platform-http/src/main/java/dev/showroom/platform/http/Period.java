package dev.showroom.platform.http;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A period of whole days in a time zone (a report's ?from and ?to): from its first day to its last day, both
 * included; without them the current month up to today. A bad date or period is a 400 naming the field.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 3 * 366;

    /** Defaults: the current month up to today. */
    public static Period parse(String from, String to, ZoneId zone, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start = from == null || from.isBlank() ? today.withDayOfMonth(1) : date(from, "from");
        LocalDate end = to == null || to.isBlank() ? today : date(to, "to");
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "period", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw ProblemException.invalid("to", "period", "A period spans at most " + MAX_DAYS + " days");
        }
        return new Period(start, end, zone);
    }

    /** For a list that shows every day unless asked: null when neither ?from nor ?to is given, else {@link #parse}. */
    public static Period parseIfGiven(String from, String to, ZoneId zone, Clock clock) {
        boolean none = (from == null || from.isBlank()) && (to == null || to.isBlank());
        return none ? null : parse(from, to, zone, clock);
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "date", field + " must be a date like 2026-11-01");
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
