package dev.showroom.lead.qualification;

import dev.showroom.lead.followup.Grading;
import dev.showroom.lead.prospect.DefeatReason;
import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.LeadView;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lost prospect (战败): always with a reason category; it can be reopened. */
@Path("/api/v1/leads/{id}/defeat")
@Tag(
        name = "Qualification and defeat",
        description = "Qualifying a lead, declaring it defeated (lost) and reopening it")
public class DefeatResource {

    public record DefeatRequest(
            @NotNull DefeatReason reason, @Size(max = 1000) String note) {}

    @Inject
    LeadAccess access;

    @Inject
    LeadEvents events;

    @Inject
    Grading grading;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "defeatLead",
            summary = "Mark the lead defeated (grade F) with a reason category and a note → lead.defeated")
    public LeadView defeat(@PathParam("id") UUID id, @Valid @NotNull DefeatRequest request) {
        Lead lead = access.changeable(id);
        Preconditions.check(lead.version);
        if (lead.defeated()) {
            throw ProblemException.conflict("The lead is already defeated");
        }
        if (lead.orderedAt != null) {
            throw ProblemException.conflict("The customer has ordered; cancel the order instead");
        }
        Instant now = Instant.now(clock);
        lead.defeatReason = request.reason();
        lead.defeatNote = LeadEvents.blankToNull(request.note());
        lead.defeatedAt = now;
        lead.gradeBeforeDefeat = lead.grade;
        grading.grade(lead, Grade.F, now);
        events.defeated(lead);
        return access.changed(lead);
    }

    @DELETE
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "reopenLead",
            summary = "Reopen a defeated lead: its grade before the defeat returns (C if it had none)")
    public LeadView reopen(@PathParam("id") UUID id) {
        Lead lead = access.changeable(id);
        Preconditions.check(lead.version);
        if (!lead.defeated()) {
            throw ProblemException.conflict("The lead is not defeated");
        }
        Instant now = Instant.now(clock);
        lead.defeatReason = null;
        lead.defeatNote = null;
        lead.defeatedAt = null;
        Grade back = lead.gradeBeforeDefeat != null ? lead.gradeBeforeDefeat : Grade.C;
        lead.gradeBeforeDefeat = null;
        grading.grade(lead, back, now);
        return access.changed(lead);
    }
}
