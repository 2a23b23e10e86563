package dev.showroom.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list query carries the filters that were given, and only those. */
class FiltersTest {

    @Test
    void onlyTheGivenFiltersCount() {
        Filters f = new Filters()
                .and("leadId = :lead", "lead", null)
                .and("status = :status", "status", "OPEN")
                .andIf(false, "consultantId = :me", "me", "li.wei")
                .andIf(true, "dueAt < :now", "now", 42);
        assertEquals("status = :status and dueAt < :now order by createdAt desc", f.query("order by createdAt desc"));
        assertEquals(Map.of("status", "OPEN", "now", 42), f.params());
    }

    @Test
    void noFilterMatchesEverything() {
        assertEquals("1 = 1 order by vin", new Filters().query("order by vin"));
        assertEquals(
                Map.of(), new Filters().and("grade = :grade", "grade", null).params());
    }

    @Test
    void aDayIsTheDealersLocalDay() {
        Filters f =
                new Filters().andOnDay("slotStart", LocalDate.parse("2026-11-23"), () -> ZoneId.of("Asia/Shanghai"));
        assertEquals("slotStart >= :dayStart and slotStart < :dayEnd", f.query());
        assertEquals(
                Map.of(
                        "dayStart",
                        Instant.parse("2026-11-22T16:00:00Z"),
                        "dayEnd",
                        Instant.parse("2026-11-23T16:00:00Z")),
                f.params());
        // no date: the zone (a settings look-up) is not even asked for
        new Filters().andOnDay("slotStart", null, () -> {
            throw new AssertionError("zone asked without a date");
        });
    }

    @Test
    void aConditionWithoutParametersOrWithSeveral() {
        Filters f = new Filters()
                .andIf(true, "escalatedAt is null")
                .andIf(true, "(phone like :p or name like :n)", "p", "%1234", "n", "%wang%");
        assertEquals("escalatedAt is null and (phone like :p or name like :n)", f.query());
        assertEquals(Map.of("p", "%1234", "n", "%wang%"), f.params());
    }
}
