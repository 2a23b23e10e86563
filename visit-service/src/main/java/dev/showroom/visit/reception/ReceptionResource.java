package dev.showroom.visit.reception;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import dev.showroom.visit.reception.ReceptionRequests.CallRequest;
import dev.showroom.visit.reception.ReceptionRequests.DepartureRequest;
import dev.showroom.visit.reception.ReceptionRequests.WalkInRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/visits")
@Tag(
        name = "Reception",
        description = "Showroom calls and walk-ins with their satisfaction checkpoints, departures, "
                + "and the queue of consultants on duty who take the next customer")
public class ReceptionResource {

    @Inject
    Reception reception;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @POST
    @Path("calls")
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "recordShowroomCall",
            summary = "Record a phone enquiry with its checkpoints (ANSWERED_IN_TIME computed from rings/seconds)")
    @APIResponse(
            responseCode = "201",
            description = "The call; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VisitView.class)))
    public Response recordCall(@Valid @NotNull CallRequest request) {
        return created(reception.recordCall(request));
    }

    @POST
    @Path("walk-ins")
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "recordWalkIn",
            summary = "Record a showroom walk-in with its checkpoints and the models presented")
    @APIResponse(
            responseCode = "201",
            description = "The walk-in; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VisitView.class)))
    public Response recordWalkIn(@Valid @NotNull WalkInRequest request) {
        return created(reception.recordWalkIn(request));
    }

    @POST
    @Path("{id}/departure")
    @Transactional
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(operationId = "recordVisitDeparture", summary = "Record when a walk-in left")
    public VisitView departure(@PathParam("id") UUID id, @Valid @NotNull DepartureRequest request) {
        Visit v = reception.departure(id, request.departureAt());
        return reception.view(Versions.stored(v));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getVisit", summary = "One visit")
    public VisitView get(@PathParam("id") UUID id) {
        Visit v = reception.readable(id);
        return reception.view(v);
    }

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listVisits",
            summary = "Visits, newest first, by lead, kind, consultant or day (dealer's time zone)")
    @Sortable(value = "occurredAt", byDefault = "-occurredAt")
    public Page<VisitView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("kind") String kindParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("date") String dateParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        VisitKind kind = QueryParams.enumOf(VisitKind.class, kindParam, "kind");
        LocalDate date = QueryParams.date(dateParam, "date");
        Filters f = new Filters()
                .and("leadId = :leadId", "leadId", leadId)
                .and("kind = :kind", "kind", kind)
                .andIf(
                        consultantId != null && !consultantId.isBlank(),
                        "consultantId = :consultant",
                        "consultant",
                        consultantId)
                .andIf(
                        staff.seesOnlyOwn(),
                        "(consultantId = :me or leadId in (select k.leadId from KnownLead k where k.consultantId = :me))",
                        "me",
                        staff.id())
                .andOnDay("occurredAt", date, () -> profiles.zone(staff.dealerId()));
        var found = Visit.<Visit>find(f.query(), Sorts.of(sort, "id"), f.params());
        long total = found.count();
        List<VisitView> items = found.page(page.page, page.size).list().stream()
                .map(reception::view)
                .toList();
        return Page.of(items, page, total);
    }

    private Response created(Visit v) {
        return Response.created(URI.create("/api/v1/visits/" + v.id))
                .entity(reception.view(v))
                .build();
    }
}
