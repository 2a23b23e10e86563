package dev.showroom.lead.followup;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads/{id}/follow-ups")
@Tag(
        name = "Grading and follow-up",
        description = "Lead grades (H, A, B, C), follow-up contacts and overdue follow-ups")
public class FollowUpResource {

    /** grade, when given, regrades the lead at the same time (H/A/B/C). */
    public record FollowUpRequest(
            @NotNull FollowUp.Kind kind,
            @NotBlank @Size(max = 1000) String outcome,
            @Size(max = 1000) String nextStep,
            Grade grade) {}

    public record FollowUpView(
            UUID id,
            UUID leadId,
            String consultantId,
            FollowUp.Kind kind,
            String outcome,
            String nextStep,
            Instant occurredAt,
            Instant nextFollowUpAt) {}

    @Inject
    LeadAccess access;

    @Inject
    Grading grading;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "recordLeadFollowUp",
            summary = "Record a follow-up (call, message, visit); the next one is rescheduled")
    @APIResponse(
            responseCode = "201",
            description = "The follow-up; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpView.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest request) {
        if (request.grade() != null && !request.grade().manual()) {
            throw ProblemException.invalid("grade", "manualGrade", "Grade must be H, A, B or C");
        }
        Lead lead = access.changeable(id);
        Instant now = Instant.now(clock);
        if (request.grade() != null && lead.followedUp()) {
            grading.grade(lead, request.grade(), now);
        }
        grading.reschedule(lead, now);
        FollowUp f = new FollowUp();
        f.id = UUID.randomUUID();
        f.leadId = lead.id;
        f.consultantId = staff.id();
        f.kind = request.kind();
        f.outcome = request.outcome().strip();
        f.nextStep = LeadEvents.blankToNull(request.nextStep());
        f.occurredAt = now;
        f.nextFollowUpAt = lead.nextFollowUpAt;
        f.persist();
        return Response.created(URI.create("/api/v1/leads/" + lead.id + "/follow-ups/" + f.id))
                .entity(view(f))
                .build();
    }

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "listLeadFollowUps", summary = "The lead's follow-ups, newest first, paged")
    @Sortable(
            value = {"occurredAt", "nextFollowUpAt"},
            byDefault = "-occurredAt")
    public Page<FollowUpView> list(
            @PathParam("id") UUID id, @BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        Lead lead = access.readable(id);
        var found = FollowUp.<FollowUp>find("leadId", Sorts.of(sort, "id"), lead.id);
        return Pages.of(found, page, FollowUpResource::view);
    }

    static FollowUpView view(FollowUp f) {
        return new FollowUpView(
                f.id, f.leadId, f.consultantId, f.kind, f.outcome, f.nextStep, f.occurredAt, f.nextFollowUpAt);
    }
}
