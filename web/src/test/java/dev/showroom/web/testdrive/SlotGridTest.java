package dev.showroom.web.testdrive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotGridTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    static Instant at(int hour) {
        return DAY.atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }

    static String state(SlotGrid grid, String time) {
        return grid.rows().get(0).cells().stream()
                .filter(c -> c.time().equals(time))
                .findFirst()
                .orElseThrow()
                .state();
    }

    @Test
    void aColleaguesBookingIsTakenThisCustomersIsTheirsTheRestFree() {
        // the fleet names the 15:00 booking of a colleague (not among the user's drives) and the user's own at 10:00
        var car = new TestDrivesApi.DemoCar(
                "C1",
                "Aurora",
                "LUX",
                "沪A12345",
                "AVAILABLE",
                1200,
                List.of(
                        new TestDrivesApi.BookedSlot(at(10), at(10).plusSeconds(2700)),
                        new TestDrivesApi.BookedSlot(at(15).plusSeconds(1800), at(16).plusSeconds(900))));
        var mine = new TestDrivesApi.TestDrive(
                "D1",
                "L1",
                "li.wei",
                "C1",
                "Aurora",
                at(10),
                at(10).plusSeconds(2700),
                "BOOKED",
                null,
                null,
                null,
                null,
                null);
        SlotGrid grid = SlotGrid.of(DAY, SHANGHAI, at(8), "L1", List.of(car), List.of(mine), Set.of());
        assertEquals("this", state(grid, "10:00"));
        assertEquals("taken", state(grid, "15:00"), "15:30-16:15 overlaps the 15:00 slot");
        assertEquals("taken", state(grid, "16:00"), "and the 16:00 one");
        assertEquals("free", state(grid, "11:00"));
        assertEquals("free", state(grid, "17:00"));
    }

    @Test
    void withoutTheFleetsSlotsOnlyTheUsersOwnDrivesAndRefusalsCount() {
        var car = new TestDrivesApi.DemoCar("C1", "Aurora", "LUX", "沪A12345", "AVAILABLE", 1200, null);
        SlotGrid grid =
                SlotGrid.of(DAY, SHANGHAI, at(12), "L1", List.of(car), List.of(), Set.of(SlotGrid.value("C1", at(14))));
        assertEquals("past", state(grid, "11:00"));
        assertEquals("taken", state(grid, "14:00"));
        assertEquals("free", state(grid, "15:00"));
    }
}
