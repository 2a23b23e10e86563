package dev.showroom.platform.http;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ?sort=grade,-createdAt}: keys separated by commas, each ascending or, with {@code -}, descending.
 * Taken as {@code @BeanParam SortOrder} by a method annotated {@link Sortable}, which checks it against the list's
 * keys before the method runs; the method reads {@link #keys()} (Panache: {@code Sorts.of(order)} in platform-service).
 */
public class SortOrder {

    public static final String PARAM = "sort";

    /** One key of the order. */
    public record Key(String field, boolean descending) {}

    @QueryParam(PARAM)
    public String sort;

    private List<Key> keys;

    /** The order asked for (or the list's default), checked against its allowed keys. */
    public List<Key> keys() {
        if (keys == null) {
            throw new IllegalStateException("SortOrder read in a method that is not @Sortable");
        }
        return keys;
    }

    /** The order of rows already in memory, one comparator per allowed key. */
    public <T> Comparator<T> comparator(Map<String, Comparator<T>> byKey) {
        Comparator<T> order = (a, b) -> 0;
        for (Key key : keys()) {
            Comparator<T> one = byKey.get(key.field());
            if (one == null) {
                throw new IllegalStateException("no comparator for sort key " + key.field());
            }
            order = order.thenComparing(key.descending() ? one.reversed() : one);
        }
        return order;
    }

    void resolve(Sortable rules) {
        String given = sort == null || sort.isBlank() ? rules.byDefault() : sort;
        keys = parse(given, Set.of(rules.value()));
    }

    static List<Key> parse(String given, Set<String> allowed) {
        List<Key> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (given == null || given.isBlank()) {
            return parsed;
        }
        for (String part : given.split(",", -1)) {
            String token = part.strip();
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token.startsWith("+") ? token.substring(1) : token;
            if (!allowed.contains(field)) {
                throw ProblemException.invalid(
                        PARAM,
                        "sortKey",
                        "sort: '" + abbreviate(field)
                                + "' is not a key of this list; sort by "
                                + String.join(", ", allowed.stream().sorted().toList())
                                + " (-key for descending)");
            }
            if (!seen.add(field)) {
                throw ProblemException.invalid(PARAM, "sortKey", "sort: '" + field + "' is given twice");
            }
            parsed.add(new Key(field, descending));
        }
        return List.copyOf(parsed);
    }

    private static String abbreviate(String field) {
        return field.length() > 40 ? field.substring(0, 40) + "…" : field;
    }
}
