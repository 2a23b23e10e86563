package dev.showroom.platform.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The optional filters of a list query, for Panache's {@code find(query, params)}: a condition counts only
 * when its value was given, so that each search names its filters once and nothing else.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** {@code condition} with its one named parameter {@code name}, when {@code value} is not null. */
    public Filters and(String condition, String name, Object value) {
        return andIf(value != null, condition, name, value);
    }

    /** {@code condition} when {@code when} holds, with its named parameters given as name, value, ... */
    public Filters andIf(boolean when, String condition, Object... namesAndValues) {
        if (when) {
            conditions.add(condition);
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                params.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return this;
    }

    /** {@code field} (an instant) within {@code date}, a day in the zone asked of {@code zone} only when a date is given. */
    public Filters andOnDay(String field, LocalDate date, Supplier<ZoneId> zone) {
        if (date != null) {
            ZoneId z = zone.get();
            andIf(
                    true,
                    field + " >= :dayStart and " + field + " < :dayEnd",
                    "dayStart",
                    date.atStartOfDay(z).toInstant(),
                    "dayEnd",
                    date.plusDays(1).atStartOfDay(z).toInstant());
        }
        return this;
    }

    /** The conditions joined by {@code and} (a query Panache completes with "from Entity where"). */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /** {@link #query()} followed by an {@code order by} clause. */
    public String query(String orderBy) {
        return query() + " " + orderBy;
    }

    public Map<String, Object> params() {
        return params;
    }
}
