package dev.showroom.lead.assignment;

import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.LeadView;
import dev.showroom.lead.roster.Roster;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads/{id}/assignment")
@Tag(
        name = "Assignment",
        description = "Which consultant owns a lead: an active consultant of the dealer's roster, chosen by a manager "
                + "or in turn among those on duty (the roster's duty, /api/v1/dealer/roster)")
public class AssignmentResource {

    public record AssignRequest(@NotBlank @Size(max = 100) String consultantId) {}

    @Inject
    LeadAccess access;

    @Inject
    LeadEvents events;

    @Inject
    CurrentStaff staff;

    @Inject
    Roster roster;

    @Inject
    Clock clock;

    @PUT
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "assignLead",
            summary = "Assign or reassign the lead to an active consultant of the "
                    + "dealer's roster (another id is a 400 naming consultantId, rule rosterConsultant)")
    public LeadView assign(@PathParam("id") UUID id, @Valid @NotNull AssignRequest request) {
        Lead lead = access.changeable(id);
        Preconditions.check(lead.version);
        String consultant = request.consultantId().strip();
        roster.requireConsultant(consultant, "consultantId");
        if (!Objects.equals(consultant, lead.consultantId)) {
            Instant now = Instant.now(clock);
            String previous = lead.consultantId;
            lead.consultantId = consultant;
            lead.updatedAt = now;
            events.assigned(lead, previous, staff.id(), now);
        }
        return access.changed(lead);
    }
}
