package dev.showroom.lead.objection;

import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.ObjectionCategory;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.Problem;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Objections at any step of a lead's sales process (seed 002's routine): lead-service owns them, whatever the step
 * (a walk-in, a call, a presentation, a quote: {@code quoteId} names it). Announced on objection.raised and
 * objection.resolved.
 */
@Path("/api/v1/leads/{id}/objections")
@Tag(name = "Objections", description = "Objections at any step, handled by seed 002's routine, and their resolution")
public class ObjectionResource {

    public record ObjectionRequest(
            @NotNull ObjectionCategory category,
            @NotNull Objection.Context context,
            @Size(max = 100) String model,
            UUID quoteId,
            boolean objectorDecides,
            Objection.Genuine genuine,
            boolean onlyReasonConfirmed,
            @Size(max = 2000) String answer,
            boolean commitmentObtained,
            boolean resolved) {}

    public record ResolutionRequest(@Size(max = 2000) String answer, Boolean commitmentObtained) {}

    public record ObjectionView(
            UUID id,
            UUID leadId,
            String consultantId,
            String raisedBy,
            ObjectionCategory category,
            Objection.Context context,
            Stage stageAt,
            String model,
            UUID quoteId,
            boolean objectorDecides,
            Objection.Genuine genuine,
            boolean onlyReasonConfirmed,
            String answer,
            boolean commitmentObtained,
            boolean resolved,
            Instant resolvedAt,
            String resolvedBy,
            Instant raisedAt,
            long version)
            implements Versioned {}

    @Inject
    LeadAccess access;

    @Inject
    ObjectionEvents events;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "recordObjection",
            summary = "Record an objection at any step with seed 002's routine → objection.raised "
                    + "(and objection.resolved when it is resolved at once)")
    @APIResponse(
            responseCode = "201",
            description = "The objection; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ObjectionView.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull ObjectionRequest request) {
        Objection.Genuine genuine = request.genuine() == null ? Objection.Genuine.UNKNOWN : request.genuine();
        refuse(Objection.check(new Objection.Routine(
                request.objectorDecides(),
                genuine,
                request.onlyReasonConfirmed(),
                request.commitmentObtained(),
                request.answer(),
                request.resolved())));
        Lead lead = access.changeable(id);
        if (lead.defeated()) {
            throw ProblemException.conflict("The lead is defeated: reopen it before recording an objection");
        }
        Instant now = Instant.now(clock);
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.dealerId = lead.dealerId;
        o.leadId = lead.id;
        o.consultantId = lead.consultantId;
        o.raisedBy = staff.id();
        o.category = request.category();
        o.context = request.context();
        o.stageAt = lead.stage;
        o.model = LeadEvents.blankToNull(request.model()) != null
                ? request.model().strip()
                : LeadEvents.blankToNull(lead.modelOfInterest);
        o.quoteId = request.quoteId();
        o.objectorDecides = request.objectorDecides();
        o.genuine = genuine;
        o.onlyReasonConfirmed = request.onlyReasonConfirmed();
        o.answer = LeadEvents.blankToNull(request.answer());
        o.commitmentObtained = request.commitmentObtained();
        o.raisedAt = now;
        o.updatedAt = now;
        if (request.resolved()) {
            o.resolvedAt = now;
            o.resolvedBy = staff.id();
        }
        o.persist();
        events.raised(o);
        if (o.resolved()) {
            events.resolved(o);
        }
        Objection.flush();
        return Response.created(URI.create("/api/v1/leads/" + lead.id + "/objections/" + o.id))
                .entity(view(o))
                .build();
    }

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "listObjections", summary = "The lead's objections, newest first unless sorted, paged")
    @Sortable(
            value = {"raisedAt", "resolvedAt"},
            byDefault = "-raisedAt")
    public Page<ObjectionView> list(
            @PathParam("id") UUID id, @BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        Lead lead = access.readable(id);
        var found = Objection.<Objection>find("leadId", Sorts.of(sort, "id"), lead.id);
        return Pages.of(found, page, ObjectionResource::view);
    }

    @GET
    @Path("{objectionId}")
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getObjection", summary = "One objection of the lead")
    public ObjectionView get(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId) {
        Lead lead = access.readable(id);
        Objection o = Objection.findById(objectionId);
        if (o == null || !o.leadId.equals(lead.id)) {
            throw ProblemException.notFound("Objection");
        }
        return view(o);
    }

    @POST
    @Path("{objectionId}/resolution")
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "resolveObjection",
            summary = "The objection is answered and resolved (with whether the customer committed; If-Match: the "
                    + "objection's ETag) → objection.resolved")
    public ObjectionView resolve(
            @PathParam("id") UUID id,
            @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull ResolutionRequest request) {
        Lead lead = access.changeable(id);
        Objection o = Objection.findById(objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null || !o.leadId.equals(lead.id)) {
            throw ProblemException.notFound("Objection");
        }
        Preconditions.check(o.version);
        if (o.resolved()) {
            throw ProblemException.conflict("The objection is resolved already");
        }
        refuse(o.resolve(request.answer(), request.commitmentObtained(), staff.id(), Instant.now(clock)));
        events.resolved(o);
        Objection.flush();
        return view(o);
    }

    private static void refuse(List<Objection.Violation> violations) {
        ProblemException.refuseIfAny(violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.rule(), v.message()))
                .toList());
    }

    static ObjectionView view(Objection o) {
        return new ObjectionView(
                o.id,
                o.leadId,
                o.consultantId,
                o.raisedBy,
                o.category,
                o.context,
                o.stageAt,
                o.model,
                o.quoteId,
                o.objectorDecides,
                o.genuine,
                o.onlyReasonConfirmed,
                o.answer,
                o.commitmentObtained,
                o.resolved(),
                o.resolvedAt,
                o.resolvedBy,
                o.raisedAt,
                o.version);
    }
}
