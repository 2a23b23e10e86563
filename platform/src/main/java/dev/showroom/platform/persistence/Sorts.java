package dev.showroom.platform.persistence;

import dev.showroom.platform.http.SortOrder;
import io.quarkus.panache.common.Sort;

/** A list's {@link SortOrder} as Panache's {@link Sort}: the allowed keys are the entity's field names. */
public final class Sorts {

    private Sorts() {
    }

    /** The order asked for, then {@code tieBreakers} ascending, so that pages do not overlap. */
    public static Sort of(SortOrder order, String... tieBreakers) {
        Sort sort = Sort.empty();
        for (SortOrder.Key key : order.keys()) {
            sort = sort.and(key.field(), key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending);
        }
        for (String tieBreaker : tieBreakers) {
            if (order.keys().stream().noneMatch(k -> k.field().equals(tieBreaker))) {
                sort = sort.and(tieBreaker);
            }
        }
        return sort;
    }
}
