package dev.showroom.platform.http;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that a client can show "page 2 of 7". */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page, request.size, total);
    }

    /**
     * The requested page of a list already in memory: for aggregates (one row per dealer, owner or template)
     * whose rows are few and computed together, so that their answer has the shape of every other list.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.page * request.size, all.size());
        int to = (int) Math.min((long) from + request.size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page, request.size, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
