package dev.showroom.platform.dealer;

/** A row keyed by the dealer that a manager replaces (its profile, a service's settings): its optimistic lock. */
public interface DealerRow {

    long version();
}
