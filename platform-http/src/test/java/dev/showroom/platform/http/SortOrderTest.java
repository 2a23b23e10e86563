package dev.showroom.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code ?sort=} as docs/api.md describes it: keys of the list, comma separated, {@code -} for descending. */
class SortOrderTest {

    static final Set<String> KEYS = Set.of("createdAt", "grade", "name");

    @Test
    void keysInOrderEachAscendingOrDescending() {
        assertEquals(
                List.of(new SortOrder.Key("grade", false), new SortOrder.Key("createdAt", true)),
                SortOrder.parse("grade,-createdAt", KEYS));
        assertEquals(List.of(new SortOrder.Key("name", false)), SortOrder.parse(" +name ", KEYS));
        assertEquals(List.of(), SortOrder.parse("", KEYS));
    }

    @Test
    void anUnknownKeyIs400NamingSortAndTheKeysAllowed() {
        ProblemException e = assertThrows(ProblemException.class, () -> SortOrder.parse("grade,phone", KEYS));
        assertEquals(400, e.status());
        assertEquals("sort", e.errors().get(0).field());
        assertEquals("sortKey", e.errors().get(0).rule());
        assertTrue(
                e.getMessage().contains("'phone'") && e.getMessage().contains("createdAt, grade, name"),
                e.getMessage());
        assertThrows(ProblemException.class, () -> SortOrder.parse("grade,", KEYS));
        assertThrows(ProblemException.class, () -> SortOrder.parse("grade,-grade", KEYS));
        assertThrows(ProblemException.class, () -> SortOrder.parse("x".repeat(2000), KEYS));
    }

    @Test
    void theDefaultAppliesWhenNoneIsGiven() {
        SortOrder order = new SortOrder();
        order.resolve(rules("-createdAt"));
        assertEquals(List.of(new SortOrder.Key("createdAt", true)), order.keys());
        assertThrows(IllegalStateException.class, () -> new SortOrder().keys());
    }

    @Test
    void rowsInMemorySortByTheirComparators() {
        record Row(String name, int grade) {}
        SortOrder order = new SortOrder();
        order.sort = "-grade,name";
        order.resolve(rules("name"));
        List<Row> rows = new ArrayList<>(List.of(new Row("b", 1), new Row("a", 1), new Row("c", 2)));
        rows.sort(order.comparator(Map.of(
                "name",
                Comparator.comparing(Row::name),
                "grade",
                Comparator.comparingInt(Row::grade),
                "createdAt",
                Comparator.comparing(Row::name))));
        assertEquals(List.of("c", "a", "b"), rows.stream().map(Row::name).toList());
    }

    // the rules as a resource method declares them (an annotation written by hand would lack equals/hashCode)
    @Sortable(
            value = {"createdAt", "grade", "name"},
            byDefault = "-createdAt")
    static void newestFirst() {}

    @Sortable(
            value = {"createdAt", "grade", "name"},
            byDefault = "name")
    static void byName() {}

    private static Sortable rules(String byDefault) {
        String method = "name".equals(byDefault) ? "byName" : "newestFirst";
        try {
            return SortOrderTest.class.getDeclaredMethod(method).getAnnotation(Sortable.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
