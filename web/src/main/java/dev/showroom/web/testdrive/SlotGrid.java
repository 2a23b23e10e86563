package dev.showroom.web.testdrive;

import dev.showroom.web.testdrive.TestDrivesApi.DemoCar;
import dev.showroom.web.testdrive.TestDrivesApi.TestDrive;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A day of the demo fleet as a grid: one row per available car, one column per slot (on the hour from
 * {@link #FIRST} to {@link #LAST}, {@link #MINUTES} minutes long), each cell free, taken, booked for this
 * customer or past. Taken: the cars' booked slots of the day (visit-service gives them naming nobody, so a
 * colleague's booking shows as taken), and a slot refused as taken (409) just now; the user's own drives say
 * which are this customer's. The database's exclusion constraint is the rule.
 */
public record SlotGrid(LocalDate date, List<String> times, List<Row> rows) {

    static final int FIRST = 9;
    static final int LAST = 18;
    static final int MINUTES = 45;

    public record Row(DemoCar car, List<Cell> cells) {}

    /** state: free, taken, this (booked for this lead), past. value: what the booking button sends. */
    public record Cell(String time, String state, String value) {
        public boolean free() {
            return "free".equals(state);
        }
    }

    static SlotGrid of(
            LocalDate date,
            ZoneId zone,
            Instant now,
            String leadId,
            List<DemoCar> cars,
            List<TestDrive> drives,
            Set<String> refused) {
        List<String> times = new ArrayList<>();
        for (int hour = FIRST; hour <= LAST; hour++) {
            times.add(LocalTime.of(hour, 0).toString());
        }
        List<Row> rows = new ArrayList<>();
        for (DemoCar car : cars) {
            List<Cell> cells = new ArrayList<>();
            for (int hour = FIRST; hour <= LAST; hour++) {
                Instant start = date.atTime(hour, 0).atZone(zone).toInstant();
                Instant end = start.plusSeconds(MINUTES * 60L);
                String value = value(car.id(), start);
                String state = !start.isAfter(now) ? "past" : "free";
                for (TestDrivesApi.BookedSlot b : car.booked()) {
                    if (b.start().isBefore(end) && b.end().isAfter(start)) {
                        state = "taken";
                    }
                }
                for (TestDrive d : drives) {
                    boolean holds = "BOOKED".equals(d.status()) || "IN_PROGRESS".equals(d.status());
                    if (holds
                            && car.id().equals(d.demoCarId())
                            && d.slotStart().isBefore(end)
                            && d.slotEnd().isAfter(start)) {
                        state = leadId.equals(d.leadId()) ? "this" : "taken";
                    }
                }
                if (refused.contains(value)) {
                    state = "taken";
                }
                cells.add(new Cell(LocalTime.of(hour, 0).toString(), state, value));
            }
            rows.add(new Row(car, cells));
        }
        return new SlotGrid(date, times, rows);
    }

    public LocalDate previous() {
        return date.minusDays(1);
    }

    public LocalDate next() {
        return date.plusDays(1);
    }

    /** "car id|slot start" as the booking button sends it. */
    static String value(String carId, Instant start) {
        return carId + "|" + start;
    }
}
