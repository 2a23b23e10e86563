package dev.showroom.visit.checklist;

import dev.showroom.platform.http.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * The rules of a spot check (plain, no Quarkus): an item of the dealer's checklist, or {@code OTHER} with a note
 * saying what was checked; not in the future (a minute's clock skew allowed), at most 7 days back; a failure
 * names its owner, who fixes it (an action like the morning run's).
 */
public final class SpotCheck {

    public static final String KIND = "SPOT_CHECK";
    public static final String OTHER = "OTHER";

    public record Check(Instant checkedAt, String area, String itemCode, boolean passed, String note, String ownerId) {}

    private SpotCheck() {}

    public static ChecklistResult record(Check c, Map<String, String> template, String by, Instant now, ZoneId zone) {
        String code = c.itemCode().strip();
        if (!template.containsKey(code)) {
            throw ProblemException.invalid(
                    "itemCode", "checklistItem", "itemCode is not an item of the checklist (nor OTHER)");
        }
        String note = blank(c.note());
        if (OTHER.equals(code) && note == null) {
            throw ProblemException.invalid(
                    "note", "required", "a check of something else (OTHER) says what in its note");
        }
        Instant at = c.checkedAt() != null ? c.checkedAt() : now;
        if (at.isAfter(now.plusSeconds(60))) {
            throw ProblemException.invalid("checkedAt", "notFuture", "checkedAt must not be in the future");
        }
        if (at.isBefore(now.minusSeconds(7 * 24 * 3600))) {
            throw ProblemException.invalid("checkedAt", "recent", "a spot check is recorded within 7 days");
        }
        String owner = blank(c.ownerId());
        if (!c.passed() && owner == null) {
            throw ProblemException.invalid("ownerId", "required", "A failed check needs the owner who fixes it");
        }
        ChecklistResult r = new ChecklistResult();
        r.id = UUID.randomUUID();
        r.kind = KIND;
        r.runDate = at.atZone(zone).toLocalDate();
        r.checkedAt = at;
        r.checkedBy = by;
        r.area = blank(c.area());
        r.itemCode = code;
        r.itemLabel = template.get(code);
        r.passed = c.passed();
        r.note = note;
        r.ownerId = c.passed() ? null : owner;
        return r;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
