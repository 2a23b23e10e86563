package dev.showroom.visit.checklist;

import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * The morning's check of the showroom, once per dealer and day (the caller checks the day is not run yet): every
 * item of the template checked once, each passed or failed, a failure with the owner who fixes it (it becomes an
 * action, {@link ChecklistResult#closeAction}).
 */
@Entity
@Table(name = "checklist_run")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class ChecklistRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public LocalDate runDate;
    public String runBy;
    public Instant ranAt;

    /** One item as checked: passed, or failed with its owner (a code in any case). */
    public record Check(String itemCode, boolean passed, String note, String ownerId) {}

    /** The run and its results (not yet stored). */
    public record Recorded(ChecklistRun run, List<ChecklistResult> results) {}

    /**
     * The run of {@code date} (today by default; never a future day) against the template (code → label):
     * 400 naming the first check of an unknown item, an item checked twice, or a failure without an owner, then
     * any item not checked ({@code results}).
     */
    public static Recorded record(
            LocalDate date, LocalDate today, Map<String, String> template, List<Check> checks, String by, Instant now) {
        LocalDate day = date != null ? date : today;
        if (day.isAfter(today)) {
            throw ProblemException.invalid("date", "pastOrPresent", "A checklist cannot be run for a future day");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            String code = c.itemCode().toUpperCase(Locale.ROOT);
            if (!template.containsKey(code)) {
                throw ProblemException.invalid("results[" + i + "].itemCode", "known", "No checklist item " + code);
            }
            if (!seen.add(code)) {
                throw ProblemException.invalid(
                        "results[" + i + "].itemCode", "unique", "Item " + code + " is given twice");
            }
            if (!c.passed() && (c.ownerId() == null || c.ownerId().isBlank())) {
                throw ProblemException.invalid(
                        "results[" + i + "].ownerId", "required", "A failed item needs the owner who fixes it");
            }
        }
        List<String> missing = template.keySet().stream()
                .filter(c -> !seen.contains(c))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("results", "complete", "Every item is checked; missing: " + missing);
        }
        ChecklistRun run = new ChecklistRun();
        run.id = UUID.randomUUID();
        run.runDate = day;
        run.runBy = by;
        run.ranAt = now;
        List<ChecklistResult> results = new ArrayList<>();
        for (Check c : checks) {
            String code = c.itemCode().toUpperCase(Locale.ROOT);
            ChecklistResult result = new ChecklistResult();
            result.id = UUID.randomUUID();
            result.runId = run.id;
            result.runDate = day;
            result.itemCode = code;
            result.itemLabel = template.get(code);
            result.passed = c.passed();
            result.note = c.note();
            result.ownerId = c.passed() ? null : c.ownerId().strip();
            results.add(result);
        }
        return new Recorded(run, results);
    }
}
