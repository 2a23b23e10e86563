package dev.showroom.visit.checklist;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/checklists")
@Tag(name = "Opening checklist", description = "The showroom's opening checklist, its runs and corrective actions")
public class ChecklistResource {

    public record ItemRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_]+")
            String code,

            @NotBlank @Size(max = 200) String label) {}

    public record TemplateRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid ItemRequest> items) {}

    public record ItemView(String code, String label, int position) {}

    /** ownerId is required for a failed item: the person who fixes it today. */
    public record ResultRequest(
            @NotBlank @Size(max = 40) String itemCode,
            @NotNull Boolean passed,
            @Size(max = 500) String note,
            @Size(max = 100) String ownerId) {}

    public record RunRequest(
            LocalDate date, @NotEmpty @Size(max = 50) List<@NotNull @Valid ResultRequest> results) {}

    public record ResultView(
            UUID id,
            String itemCode,
            String label,
            boolean passed,
            String note,
            String ownerId,
            Instant actionClosedAt,
            String actionClosedBy,
            String actionNote) {}

    public record RunView(
            UUID id, LocalDate date, String runBy, Instant ranAt, int passed, int failed, List<ResultView> results) {}

    public record CloseRequest(@Size(max = 500) String note) {}

    public record ActionView(
            UUID id,
            LocalDate date,
            String itemCode,
            String label,
            String note,
            String ownerId,
            boolean open,
            Instant closedAt,
            String closedBy,
            String closeNote,
            Boolean closedSameDay,
            String kind,
            String area) {}

    public record DaySummary(
            LocalDate date,
            boolean run,
            UUID runId,
            String runBy,
            int items,
            int passed,
            int failed,
            int actionsOpen,
            int actionsClosedSameDay,
            int actionsClosedLater,
            List<ActionView> actions,
            int spotChecks,
            int spotChecksFailed) {}

    public record RepeatFailures(String ownerId, int failures, Map<String, Integer> byItem) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @GET
    @Path("template")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getChecklistTemplate",
            summary = "The dealer's opening checklist (the default items until the dealer sets its own), paged; "
                    + "it has at most 50 items, so ?size=100 holds it all")
    @Sortable(
            value = {"position", "code"},
            byDefault = "position")
    public Page<ItemView> template(@BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        List<ItemView> items = new ArrayList<>(items());
        items.sort(sort.comparator(Map.of(
                "position",
                Comparator.comparingInt(ItemView::position),
                "code",
                Comparator.comparing(ItemView::code))));
        return Page.slice(items, page);
    }

    @PUT
    @Path("template")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "replaceChecklistTemplate", summary = "Replace the dealer's opening checklist")
    public List<ItemView> replaceTemplate(@Valid @NotNull TemplateRequest request) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            if (!codes.add(request.items().get(i).code().toUpperCase(Locale.ROOT))) {
                throw ProblemException.invalid("items[" + i + "].code", "unique", "Each item code appears once");
            }
        }
        // delete one by one (the tenant filter applies) and flush before the inserts reuse the codes
        ChecklistItem.<ChecklistItem>listAll().forEach(ChecklistItem::delete);
        ChecklistItem.flush();
        int position = 0;
        for (ItemRequest r : request.items()) {
            ChecklistItem item = new ChecklistItem();
            item.id = UUID.randomUUID();
            item.code = r.code().toUpperCase(Locale.ROOT);
            item.label = r.label().strip();
            item.position = position++;
            item.persist();
        }
        return items();
    }

    @POST
    @Path("runs")
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "createChecklistRun",
            summary = "The morning run: every item passes or fails; a failure names its owner and becomes an action")
    @APIResponse(
            responseCode = "201",
            description = "The run; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RunView.class)))
    public Response run(@Valid @NotNull RunRequest request) {
        Map<String, String> template = new HashMap<>();
        items().forEach(i -> template.put(i.code(), i.label()));
        ChecklistRun.Recorded recorded = ChecklistRun.record(
                request.date(),
                profiles.today(staff.dealerId()),
                template,
                request.results().stream()
                        .map(r -> new ChecklistRun.Check(r.itemCode(), r.passed(), r.note(), r.ownerId()))
                        .toList(),
                staff.id(),
                Instant.now(clock));
        ChecklistRun run = recorded.run();
        if (ChecklistRun.count("runDate", run.runDate) > 0) {
            throw ProblemException.conflict("The opening checklist of " + run.runDate + " was run already");
        }
        run.persist();
        recorded.results().forEach(r -> r.persist());
        return Response.created(URI.create("/api/v1/checklists/runs/" + run.id))
                .entity(view(run))
                .build();
    }

    @GET
    @Path("runs/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getChecklistRun", summary = "One morning run with its results")
    public RunView getRun(@PathParam("id") UUID id) {
        ChecklistRun run = ChecklistRun.findById(id);
        if (run == null) {
            throw ProblemException.notFound("Checklist run");
        }
        return view(run);
    }

    @GET
    @Path("actions")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listChecklistActions",
            summary = "Actions from failed items (staff see their own; managers all), open ones by default, "
                    + "oldest day first, paged")
    @Sortable(
            value = {"date", "itemCode", "ownerId"},
            byDefault = "date,itemCode")
    public Page<ActionView> actions(
            @QueryParam("open") Boolean open,
            @QueryParam("date") String dateParam,
            @QueryParam("ownerId") @Size(max = 100) String ownerId,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        LocalDate date = QueryParams.date(dateParam, "date");
        String owner = staff.isManager() ? ownerId : staff.id();
        Filters f = new Filters()
                .andIf(true, "passed = false")
                .andIf(open == null || open, "actionClosedAt is null")
                .and("runDate = :date", "date", date)
                .andIf(owner != null && !owner.isBlank(), "ownerId = :owner", "owner", owner);
        ZoneId zone = profiles.zone(staff.dealerId());
        var found = ChecklistResult.<ChecklistResult>find(
                f.query(), Sorts.of(sort, Map.of("date", "runDate"), "id"), f.params());
        return Pages.of(found, page, r -> action(r, zone));
    }

    @POST
    @Path("actions/{id}/close")
    @Transactional
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "closeChecklistAction", summary = "Close an action once fixed (its owner or a manager)")
    public ActionView close(@PathParam("id") UUID id, @Valid CloseRequest request) {
        ChecklistResult r = ChecklistResult.findById(id);
        if (r == null || r.passed || !staff.isManager() && !staff.id().equals(r.ownerId)) {
            throw ProblemException.notFound("Action");
        }
        r.closeAction(staff.id(), request == null ? null : request.note(), Instant.now(clock));
        return action(r, profiles.zone(staff.dealerId()));
    }

    @GET
    @Path("summary")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getChecklistSummary",
            summary = "The day's summary: items passed and failed, actions open, closed the same day or later")
    public DaySummary summary(@QueryParam("date") String dateParam) {
        LocalDate date = QueryParams.date(dateParam, "date");
        LocalDate day = date != null ? date : profiles.today(staff.dealerId());
        ChecklistRun run = ChecklistRun.find("runDate", day).firstResult();
        int spotChecks = (int) ChecklistResult.count("kind = ?1 and runDate = ?2", SpotCheck.KIND, day);
        int spotFailed =
                (int) ChecklistResult.count("kind = ?1 and runDate = ?2 and passed = false", SpotCheck.KIND, day);
        if (run == null) {
            return new DaySummary(day, false, null, null, 0, 0, 0, 0, 0, 0, List.of(), spotChecks, spotFailed);
        }
        ZoneId zone = profiles.zone(staff.dealerId());
        List<ChecklistResult> results = ChecklistResult.list("runId", Sort.ascending("itemCode"), run.id);
        List<ActionView> actions = results.stream()
                .filter(r -> !r.passed)
                .map(r -> action(r, zone))
                .toList();
        int passed = (int) results.stream().filter(r -> r.passed).count();
        int open = (int) actions.stream().filter(ActionView::open).count();
        int sameDay = (int) actions.stream()
                .filter(a -> Boolean.TRUE.equals(a.closedSameDay()))
                .count();
        return new DaySummary(
                day,
                true,
                run.id,
                run.runBy,
                results.size(),
                passed,
                results.size() - passed,
                open,
                sameDay,
                actions.size() - open - sameDay,
                actions,
                spotChecks,
                spotFailed);
    }

    @GET
    @Path("repeat-failures")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listRepeatChecklistFailures",
            summary = "Owners of failed items in a period (default: the last 30 days), most failures first, paged")
    @Sortable(
            value = {"failures", "ownerId"},
            byDefault = "-failures,ownerId")
    public Page<RepeatFailures> repeatFailures(
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @QueryParam("minFailures") Integer minFailures,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        LocalDate to = QueryParams.date(toParam, "to");
        to = to != null ? to : profiles.today(staff.dealerId());
        LocalDate from = QueryParams.date(fromParam, "from");
        from = from != null ? from : to.minusDays(29);
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "beforeTo", "from must not be after to");
        }
        int min = minFailures == null ? 2 : minFailures;
        if (min < 1) {
            throw ProblemException.invalid("minFailures", "min", "minFailures must be at least 1");
        }
        Map<String, Map<String, Integer>> byOwner = new TreeMap<>();
        ChecklistResult.<ChecklistResult>list("passed = false and runDate >= ?1 and runDate <= ?2", from, to)
                .forEach(r ->
                        byOwner.computeIfAbsent(r.ownerId, o -> new TreeMap<>()).merge(r.itemCode, 1, Integer::sum));
        List<RepeatFailures> out = new ArrayList<>();
        byOwner.forEach((owner, items) -> {
            int total = items.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= min) {
                out.add(new RepeatFailures(owner, total, items));
            }
        });
        out.sort(sort.comparator(Map.of(
                "failures",
                Comparator.comparingInt(RepeatFailures::failures),
                "ownerId",
                Comparator.comparing(RepeatFailures::ownerId))));
        // one row per owner, computed together: paged in memory
        return Page.slice(out, page);
    }

    private List<ItemView> items() {
        return template();
    }

    /** The dealer's checklist items, or the default ones while the dealer has none of its own. */
    static List<ItemView> template() {
        List<ChecklistItem> own = ChecklistItem.list("1 = 1", Sort.ascending("position"));
        if (own.isEmpty()) {
            List<ItemView> defaults = new ArrayList<>();
            for (int i = 0; i < ChecklistItem.DEFAULTS.size(); i++) {
                defaults.add(new ItemView(
                        ChecklistItem.DEFAULTS.get(i).code(),
                        ChecklistItem.DEFAULTS.get(i).label(),
                        i));
            }
            return defaults;
        }
        return own.stream().map(i -> new ItemView(i.code, i.label, i.position)).toList();
    }

    private static RunView view(ChecklistRun run) {
        List<ResultView> results =
                ChecklistResult.<ChecklistResult>list("runId", Sort.ascending("itemCode"), run.id).stream()
                        .map(r -> new ResultView(
                                r.id,
                                r.itemCode,
                                r.itemLabel,
                                r.passed,
                                r.note,
                                r.ownerId,
                                r.actionClosedAt,
                                r.actionClosedBy,
                                r.actionNote))
                        .toList();
        int passed = (int) results.stream().filter(ResultView::passed).count();
        return new RunView(run.id, run.runDate, run.runBy, run.ranAt, passed, results.size() - passed, results);
    }

    private static ActionView action(ChecklistResult r, ZoneId zone) {
        return new ActionView(
                r.id,
                r.runDate,
                r.itemCode,
                r.itemLabel,
                r.note,
                r.ownerId,
                r.actionClosedAt == null,
                r.actionClosedAt,
                r.actionClosedBy,
                r.actionNote,
                r.closedSameDay(zone),
                r.kind,
                r.area);
    }
}
