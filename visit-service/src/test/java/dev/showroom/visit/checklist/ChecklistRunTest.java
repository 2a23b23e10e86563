package dev.showroom.visit.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.ProblemException;
import dev.showroom.visit.checklist.ChecklistRun.Check;
import dev.showroom.visit.checklist.ChecklistRun.Recorded;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The morning checklist run and its actions as plain rules: no Quarkus, no database. */
class ChecklistRunTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T00:45:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> TEMPLATE = new LinkedHashMap<>(Map.of(
            "DISPLAY_CARS_CLEAN",
            "Display cars clean",
            "DRINKS_STATION",
            "Drinks station ready",
            "STAFF_APPEARANCE",
            "Staff appearance"));

    @Test
    void aCompleteRunRecordsEveryItemAndAFailureBecomesTheOwnersAction() {
        Recorded r = ChecklistRun.record(
                null,
                TODAY,
                TEMPLATE,
                List.of(
                        new Check("display_cars_clean", true, null, null),
                        new Check("DRINKS_STATION", false, "no tea", " li.wei "),
                        new Check("STAFF_APPEARANCE", true, "ok", "x")),
                "manager.sh",
                NOW);
        assertEquals(TODAY, r.run().runDate, "today by default");
        assertEquals("manager.sh", r.run().runBy);
        assertEquals(NOW, r.run().ranAt);
        assertEquals(3, r.results().size());
        ChecklistResult clean = r.results().get(0);
        assertEquals("DISPLAY_CARS_CLEAN", clean.itemCode, "codes are upper-cased");
        assertEquals("Display cars clean", clean.itemLabel, "the label of the day is kept");
        assertTrue(clean.passed);
        assertEquals(r.run().id, clean.runId);
        ChecklistResult drinks = r.results().get(1);
        assertFalse(drinks.passed);
        assertEquals("li.wei", drinks.ownerId);
        assertEquals("no tea", drinks.note);
        assertEquals(TODAY, drinks.runDate);
        assertNull(r.results().get(2).ownerId, "a passed item has no owner");
    }

    @Test
    void aPastDayMayBeRecordedButNotAFutureOne() {
        assertEquals(
                TODAY.minusDays(1),
                ChecklistRun.record(TODAY.minusDays(1), TODAY, TEMPLATE, allPassed(), "m", NOW)
                        .run()
                        .runDate);
        invalid(
                "date",
                "pastOrPresent",
                () -> ChecklistRun.record(TODAY.plusDays(1), TODAY, TEMPLATE, allPassed(), "m", NOW));
    }

    @Test
    void everyItemIsCheckedOnceAndAFailureNamesItsOwnerTheFirstProblemIsNamed() {
        invalid(
                "results[1].itemCode",
                "known",
                () -> ChecklistRun.record(
                        null,
                        TODAY,
                        TEMPLATE,
                        List.of(new Check("DRINKS_STATION", true, null, null), new Check("COFFEE", true, null, null)),
                        "m",
                        NOW));
        invalid(
                "results[1].itemCode",
                "unique",
                () -> ChecklistRun.record(
                        null,
                        TODAY,
                        TEMPLATE,
                        List.of(
                                new Check("DRINKS_STATION", true, null, null),
                                new Check("drinks_station", true, null, null)),
                        "m",
                        NOW));
        invalid(
                "results[0].ownerId",
                "required",
                () -> ChecklistRun.record(
                        null,
                        TODAY,
                        TEMPLATE,
                        List.of(
                                new Check("DRINKS_STATION", false, "no tea", " "),
                                new Check("COFFEE", true, null, null)),
                        "m",
                        NOW));
        ProblemException e = invalid(
                "results",
                "complete",
                () -> ChecklistRun.record(
                        null, TODAY, TEMPLATE, List.of(new Check("DRINKS_STATION", true, null, null)), "m", NOW));
        assertEquals("Every item is checked; missing: [DISPLAY_CARS_CLEAN, STAFF_APPEARANCE]", e.getMessage());
    }

    @Test
    void anActionIsClosedOnceAndCountsAsSameDayInTheDealersZone() {
        ChecklistResult failed = ChecklistRun.record(
                        null,
                        TODAY,
                        TEMPLATE,
                        List.of(
                                new Check("DISPLAY_CARS_CLEAN", true, null, null),
                                new Check("DRINKS_STATION", false, null, "li.wei"),
                                new Check("STAFF_APPEARANCE", true, null, null)),
                        "m",
                        NOW)
                .results()
                .get(1);
        assertNull(failed.closedSameDay(SHANGHAI), "open: neither");
        // 15:59 UTC is 23:59 in Shanghai, still the run's day
        failed.closeAction("li.wei", "tea bought", Instant.parse("2026-03-02T15:59:00Z"));
        assertEquals("li.wei", failed.actionClosedBy);
        assertEquals("tea bought", failed.actionNote);
        assertTrue(failed.closedSameDay(SHANGHAI));
        assertFalse(failed.closedSameDay(ZoneId.of("Pacific/Kiritimati")), "already the next day at UTC+14");
        ProblemException e = assertThrows(ProblemException.class, () -> failed.closeAction("m", null, NOW));
        assertEquals(409, e.status());
        assertEquals("The action is closed already", e.getMessage());

        ChecklistResult late = new ChecklistResult();
        late.runDate = TODAY;
        late.closeAction("li.wei", null, Instant.parse("2026-03-02T16:00:00Z"));
        assertFalse(late.closedSameDay(SHANGHAI), "midnight in Shanghai is the next day");
    }

    static List<Check> allPassed() {
        return TEMPLATE.keySet().stream()
                .map(c -> new Check(c, true, null, null))
                .toList();
    }

    static ProblemException invalid(String field, String rule, Runnable step) {
        ProblemException e = assertThrows(ProblemException.class, step::run);
        assertEquals(400, e.status());
        assertEquals(field, e.errors().get(0).field());
        assertEquals(rule, e.errors().get(0).rule());
        return e;
    }
}
