package dev.showroom.order.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stock seen by a quote or an order: the orders ahead take the cars first, in stock then in transit. */
class StockCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aCarInStockThatNoEarlierOrderWaitsForIsAvailableNow() {
        StockCheck c = StockCheck.of(2, List.of(TODAY.plusDays(9)), 1, TODAY);
        assertEquals(StockCheck.State.AVAILABLE_NOW, c.state());
        assertNull(c.eta());
        assertEquals(2, c.inStock());
        assertEquals(1, c.incoming());
        assertEquals(1, c.ordersAhead());
        assertEquals(TODAY, c.checkedOn());
    }

    @Test
    void whenTheOrdersAheadTakeTheStockTheNextCarInTransitInOrderOfArrivalIsThisCustomers() {
        List<LocalDate> etas = Arrays.asList(null, TODAY.plusDays(20), TODAY.plusDays(5));
        assertEquals(
                new StockCheck(StockCheck.State.INCOMING, 1, 3, 1, TODAY.plusDays(5), TODAY),
                StockCheck.of(1, etas, 1, TODAY));
        assertEquals(TODAY.plusDays(20), StockCheck.of(1, etas, 2, TODAY).eta());
        StockCheck unknown = StockCheck.of(1, etas, 3, TODAY);
        assertEquals(StockCheck.State.INCOMING, unknown.state(), "a car in transit without an arrival date comes last");
        assertNull(unknown.eta());
    }

    @Test
    void withEveryCarSpokenForThereIsNone() {
        assertEquals(
                StockCheck.State.NONE, StockCheck.of(0, List.of(), 0, TODAY).state());
        StockCheck c = StockCheck.of(1, List.of(TODAY.plusDays(3)), 2, TODAY);
        assertEquals(StockCheck.State.NONE, c.state());
        assertNull(c.eta());
    }
}
