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
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Spot checks during the day (walk-around management, 走动式管理; docs/process.md, step 2): a manager checks an
 * item of the opening checklist (or anything else, {@code OTHER} with a note) in an area at any time, pass or
 * fail; a failure names its owner and is an action like the morning run's (the same actions list, closing and
 * repeat failures). Kept as checklist results of kind {@code SPOT_CHECK} without a run.
 */
@Path("/api/v1/checklists/spot-checks")
@Tag(name = "Opening checklist")
public class SpotCheckResource {

    public record SpotCheckRequest(
            Instant checkedAt,
            @Size(max = 100) String area,
            @NotBlank @Size(max = 40) String itemCode,
            @NotNull Boolean passed,
            @Size(max = 500) String note,
            @Size(max = 100) String ownerId) {}

    public record SpotCheckView(
            UUID id,
            LocalDate date,
            Instant checkedAt,
            String checkedBy,
            String area,
            String itemCode,
            String label,
            boolean passed,
            String note,
            String ownerId,
            boolean actionOpen,
            Instant actionClosedAt,
            String actionClosedBy,
            String actionNote) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "createSpotCheck",
            summary = "Record a spot check of an item (the checklist's, or OTHER with a note) in an area at any time; "
                    + "a failure names its owner and becomes an action")
    @APIResponse(responseCode = "201", description = "The spot check; Location names it")
    public Response create(@Valid @NotNull SpotCheckRequest request) {
        Map<String, String> template = new HashMap<>();
        ChecklistResource.template().forEach(i -> template.put(i.code(), i.label()));
        template.put(SpotCheck.OTHER, "Other");
        Instant now = Instant.now(clock);
        ZoneId zone = profiles.zone(staff.dealerId());
        ChecklistResult r = SpotCheck.record(
                new SpotCheck.Check(
                        request.checkedAt(),
                        request.area(),
                        request.itemCode(),
                        request.passed(),
                        request.note(),
                        request.ownerId()),
                template,
                staff.id(),
                now,
                zone);
        r.persist();
        return Response.created(URI.create("/api/v1/checklists/spot-checks/" + r.id))
                .entity(view(r))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getSpotCheck", summary = "One spot check")
    public SpotCheckView get(@PathParam("id") UUID id) {
        ChecklistResult r = ChecklistResult.findById(id);
        if (r == null || !SpotCheck.KIND.equals(r.kind)) {
            throw ProblemException.notFound("Spot check");
        }
        return view(r);
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listSpotChecks",
            summary = "Spot checks of a day or a period (default: today), newest first, paged")
    @Sortable(
            value = {"checkedAt", "itemCode", "ownerId"},
            byDefault = "-checkedAt")
    public Page<SpotCheckView> list(
            @QueryParam("date") String dateParam,
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @QueryParam("passed") Boolean passed,
            @QueryParam("ownerId") @Size(max = 100) String ownerId,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        LocalDate date = QueryParams.date(dateParam, "date");
        LocalDate from = QueryParams.date(fromParam, "from");
        LocalDate to = QueryParams.date(toParam, "to");
        if (date != null) {
            from = date;
            to = date;
        }
        to = to != null ? to : profiles.today(staff.dealerId());
        from = from != null ? from : to;
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "beforeTo", "from must not be after to");
        }
        Filters f = new Filters()
                .andIf(true, "kind = :kind", "kind", SpotCheck.KIND)
                .and("runDate >= :from", "from", from)
                .and("runDate <= :to", "to", to)
                .and("passed = :passed", "passed", passed)
                .andIf(ownerId != null && !ownerId.isBlank(), "ownerId = :owner", "owner", ownerId);
        var found = ChecklistResult.<ChecklistResult>find(f.query(), Sorts.of(sort, Map.of(), "id"), f.params());
        return Pages.of(found, page, SpotCheckResource::view);
    }

    static SpotCheckView view(ChecklistResult r) {
        return new SpotCheckView(
                r.id,
                r.runDate,
                r.checkedAt,
                r.checkedBy,
                r.area,
                r.itemCode,
                r.itemLabel,
                r.passed,
                r.note,
                r.ownerId,
                !r.passed && r.actionClosedAt == null,
                r.actionClosedAt,
                r.actionClosedBy,
                r.actionNote);
    }
}
