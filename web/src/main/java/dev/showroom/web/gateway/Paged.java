package dev.showroom.web.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A paged list of a service ({@code {items, page, size, total}}), with what a pager needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Paged<T>(List<T> items, int page, int size, long total) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    public long pages() {
        return size <= 0 ? 1 : Math.max(1, (total + size - 1) / size);
    }

    /** 1-based, for people. */
    public int number() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public int previous() {
        return Math.max(0, page - 1);
    }

    public int next() {
        return page + 1;
    }

    public static <T> Paged<T> empty() {
        return new Paged<>(List.of(), 0, 20, 0);
    }
}
