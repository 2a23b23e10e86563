package dev.showroom.visit.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.showroom.platform.http.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit, no Quarkus: the rules of a spot check. */
class SpotCheckTest {

    static final Map<String, String> TEMPLATE = Map.of("DRINKS_STATION", "Drinks station", SpotCheck.OTHER, "Other");
    static final Instant NOW = Instant.parse("2026-12-04T17:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static ChecklistResult check(String item, boolean passed, String owner, String note, Instant at) {
        return SpotCheck.record(
                new SpotCheck.Check(at, " Lounge ", item, passed, note, owner), TEMPLATE, "manager.sh", NOW, ZONE);
    }

    @Test
    void aFailureIsAnActionOfItsOwnerOnTheDealersDay() {
        ChecklistResult r = check("DRINKS_STATION", false, " zhang.min ", null, null);
        assertEquals(SpotCheck.KIND, r.kind);
        assertNull(r.runId);
        assertEquals(LocalDate.of(2026, 12, 5), r.runDate, "01:00 in Shanghai is the next day");
        assertEquals("zhang.min", r.ownerId);
        assertEquals("Lounge", r.area);
        assertEquals("Drinks station", r.itemLabel);
        assertNull(check("DRINKS_STATION", true, "zhang.min", null, null).ownerId, "a pass has no owner");
    }

    @Test
    void theFirstBrokenRuleIsNamed() {
        assertEquals("ownerId", field(() -> check("DRINKS_STATION", false, " ", null, null)));
        assertEquals("itemCode", field(() -> check("COFFEE", true, null, null, null)));
        assertEquals("note", field(() -> check(SpotCheck.OTHER, true, null, " ", null)));
        assertEquals("checkedAt", field(() -> check("DRINKS_STATION", true, null, null, NOW.plusSeconds(3600))));
        assertEquals("checkedAt", field(() -> check("DRINKS_STATION", true, null, null, NOW.minusSeconds(8 * 86400))));
    }

    static String field(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(ProblemException.class, e).errors().get(0).field();
    }
}
