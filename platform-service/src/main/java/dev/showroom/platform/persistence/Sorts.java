package dev.showroom.platform.persistence;

import dev.showroom.platform.http.SortOrder;
import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.stream.Collectors;

/** A list's {@link SortOrder} as Panache's {@link Sort}: the allowed keys are the entity's field names. */
public final class Sorts {

    private Sorts() {}

    /** The order asked for, then {@code tieBreakers} ascending, so that pages do not overlap. */
    public static Sort of(SortOrder order, String... tieBreakers) {
        return of(order, Map.of(), tieBreakers);
    }

    /** As {@link #of(SortOrder, String...)}, for a list whose keys (the view's names) are not all the entity's. */
    public static Sort of(SortOrder order, Map<String, String> fieldsByKey, String... tieBreakers) {
        Sort sort = Sort.empty();
        for (SortOrder.Key key : order.keys()) {
            sort = sort.and(
                    fieldsByKey.getOrDefault(key.field(), key.field()),
                    key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending);
        }
        for (String tieBreaker : tieBreakers) {
            if (order.keys().stream()
                    .noneMatch(
                            k -> fieldsByKey.getOrDefault(k.field(), k.field()).equals(tieBreaker))) {
                sort = sort.and(tieBreaker);
            }
        }
        return sort;
    }

    /** The order as a native query's {@code order by} list ({@code dealer_id desc, kind}), each key by its column. */
    public static String sql(SortOrder order, Map<String, String> columnsByKey) {
        return order.keys().stream()
                .map(key -> columnsByKey.get(key.field()) + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", "));
    }
}
