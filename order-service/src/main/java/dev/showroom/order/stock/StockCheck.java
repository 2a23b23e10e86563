package dev.showroom.order.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the stock says about a configuration when a quote or an order is made (seed 004 §6.3, "is there stock"):
 * AVAILABLE_NOW (a matching car in stock that no earlier order waits for), INCOMING (a matching car in transit
 * will be this customer's, with its expected arrival, {@code eta}, when one was given) or NONE (the car has to be
 * ordered from the factory).
 *
 * @param inStock matching cars in stock, not allocated
 * @param incoming matching cars in transit
 * @param ordersAhead open orders (not allocated, not cancelled) for the same configuration made before
 * @param checkedOn the dealer's day of the check
 */
public record StockCheck(State state, int inStock, int incoming, int ordersAhead, LocalDate eta, LocalDate checkedOn) {

    public enum State {
        AVAILABLE_NOW,
        INCOMING,
        NONE
    }

    /**
     * The orders ahead take the cars in stock first, then the cars in transit in order of arrival (an unknown
     * arrival last): this customer gets the next one left over.
     */
    public static StockCheck of(int inStock, List<LocalDate> incomingEtas, int ordersAhead, LocalDate today) {
        if (inStock > ordersAhead) {
            return new StockCheck(State.AVAILABLE_NOW, inStock, incomingEtas.size(), ordersAhead, null, today);
        }
        List<LocalDate> etas = new ArrayList<>(incomingEtas);
        etas.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        int next = ordersAhead - inStock;
        if (next < etas.size()) {
            return new StockCheck(State.INCOMING, inStock, etas.size(), ordersAhead, etas.get(next), today);
        }
        return new StockCheck(State.NONE, inStock, etas.size(), ordersAhead, null, today);
    }
}
