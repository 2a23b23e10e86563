package dev.showroom.lead.qualification;

import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.LeadView;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Need, means and authority: once all three are confirmed the lead is qualified (visit-service invites). */
@Path("/api/v1/leads/{id}/qualification")
@Tag(
        name = "Qualification and defeat",
        description = "Qualifying a lead, declaring it defeated (lost) and reopening it")
public class QualificationResource {

    public record QualificationRequest(
            @NotNull Boolean need,
            @NotNull Boolean means,
            @NotNull Boolean authority,
            @Size(max = 1000) String note) {}

    @Inject
    LeadAccess access;

    @Inject
    LeadEvents events;

    @Inject
    Clock clock;

    @PUT
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "qualifyLead",
            summary = "Record need, means and authority; all three confirmed the first time → lead.qualified")
    public LeadView qualify(@PathParam("id") UUID id, @Valid @NotNull QualificationRequest request) {
        Lead lead = access.changeable(id);
        Preconditions.check(lead.version);
        Instant now = Instant.now(clock);
        lead.needConfirmed = request.need();
        lead.meansConfirmed = request.means();
        lead.authorityConfirmed = request.authority();
        lead.qualificationNote = LeadEvents.blankToNull(request.note());
        lead.updatedAt = now;
        if (lead.needConfirmed && lead.meansConfirmed && lead.authorityConfirmed && lead.qualifiedAt == null) {
            lead.qualifiedAt = now;
            events.qualified(lead);
        }
        return access.changed(lead);
    }
}
