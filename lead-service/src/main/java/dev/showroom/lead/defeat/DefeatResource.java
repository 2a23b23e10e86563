package dev.showroom.lead.defeat;

import dev.showroom.lead.prospect.DefeatReason;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.LeadView;
import dev.showroom.lead.prospect.ObjectionCategory;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
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

/**
 * A lost prospect (战败): always with the outcome's reason (and the competitor bought), the stage it reached and the
 * decisive objection; the manager reviews it (DefeatReviewResource); it can be reopened.
 */
@Path("/api/v1/leads/{id}/defeat")
@Tag(name = "Defeats", description = "Declaring a lead defeated (lost), the defeat analysis and review, reopening")
public class DefeatResource {

    public record DefeatRequest(
            @NotNull DefeatReason reason,
            ObjectionCategory objection,
            @Size(max = 100) String competitorBrand,
            @Size(max = 100) String competitorModel,
            @Size(max = 1000) String note) {}

    @Inject
    LeadAccess access;

    @Inject
    Defeats defeats;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "defeatLead",
            summary = "Mark the lead defeated (grade F) with the outcome's reason, the competitor bought "
                    + "(BOUGHT_COMPETITOR: brand and model required), the decisive objection and a note → "
                    + "lead.defeated; the defeat waits for the manager's review")
    public LeadView defeat(@PathParam("id") UUID id, @Valid @NotNull DefeatRequest request) {
        Lead lead = access.changeable(id);
        Preconditions.check(lead.version);
        defeats.defeat(
                lead,
                request.reason(),
                request.objection(),
                request.competitorBrand(),
                request.competitorModel(),
                LeadEvents.blankToNull(request.note()),
                staff.id(),
                Instant.now(clock));
        return access.changed(lead);
    }

    @DELETE
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "reopenLead",
            summary = "Reopen a defeated lead: its grade before the defeat returns (C if it had none) → "
                    + "lead.defeat-reviewed REOPENED")
    public LeadView reopen(@PathParam("id") UUID id) {
        Lead lead = access.changeable(id);
        Preconditions.check(lead.version);
        defeats.reopen(lead, staff.id(), null, Instant.now(clock));
        return access.changed(lead);
    }
}
