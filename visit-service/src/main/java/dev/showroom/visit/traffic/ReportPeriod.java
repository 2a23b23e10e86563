package dev.showroom.visit.traffic;

import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days of a report (from/to inclusive, days of the dealer's time zone): by default the last 30 days up to
 * today; at most 366 days; from not after to (else 400 naming the field).
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 366;

    public static ReportPeriod of(String fromParam, String toParam, LocalDate today, ZoneId zone) {
        LocalDate to = QueryParams.date(toParam, "to");
        to = to != null ? to : today;
        LocalDate from = QueryParams.date(fromParam, "from");
        from = from != null ? from : to.minusDays(29);
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "beforeTo", "from must not be after to");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw ProblemException.invalid("from", "maxDays", "a report covers at most " + MAX_DAYS + " days");
        }
        return new ReportPeriod(from, to, zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
