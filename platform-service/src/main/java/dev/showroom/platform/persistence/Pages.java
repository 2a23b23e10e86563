package dev.showroom.platform.persistence;

import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.function.Function;

/** A Panache query answered as one {@link Page} of views: the rows of the requested page and the query's total. */
public final class Pages {

    private Pages() {}

    public static <E, V> Page<V> of(PanacheQuery<E> query, PageRequest page, Function<? super E, V> view) {
        return Page.of(
                query.page(page.page, page.size).list().stream().<V>map(view).toList(), page, query.count());
    }
}
