package dev.showroom.web.manager;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The periods a manager looks at most, one click each: this month, last month, the last 90 days (days of the
 * dealer's zone), as links to the same report with the other filters kept.
 */
public final class Periods {

    /** {@code key} names the message; {@code current} marks the period shown now. */
    public record Preset(String key, String href, boolean current) {}

    private Periods() {}

    /** Presets for {@code path}; {@code others} are the other filters' names and values (null values left out). */
    public static List<Preset> of(String path, LocalDate today, String from, String to, String... others) {
        YearMonth month = YearMonth.from(today);
        YearMonth last = month.minusMonths(1);
        return List.of(
                preset("this_month", path, month.atDay(1), today, from, to, others),
                preset("last_month", path, last.atDay(1), last.atEndOfMonth(), from, to, others),
                preset("last_90_days", path, today.minusDays(89), today, from, to, others));
    }

    private static Preset preset(
            String key, String path, LocalDate start, LocalDate end, String from, String to, String... others) {
        UriBuilder uri =
                UriBuilder.fromUri(URI.create(path)).queryParam("from", start).queryParam("to", end);
        for (int i = 0; i + 1 < others.length; i += 2) {
            if (others[i + 1] != null) {
                uri.queryParam(others[i], others[i + 1]);
            }
        }
        return new Preset(
                key,
                uri.build().toString(),
                start.toString().equals(from) && end.toString().equals(to));
    }
}
