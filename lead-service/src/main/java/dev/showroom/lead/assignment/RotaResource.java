package dev.showroom.lead.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.showroom.lead.settings.DealerSettings;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import io.quarkus.panache.common.Sort;

/** The consultants on duty, who take new unassigned leads in turn. */
@Path("/api/v1/leads/rota")
@Tag(name = "Assignment",
        description = "Which consultant owns a lead: assignment and the dealer's round-robin rota of consultants")
public class RotaResource {

    public record Rota(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> consultants) {
    }

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @GET
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "getLeadRota", summary = "The consultants on duty, in round-robin order")
    public Rota get() {
        return new Rota(RotaEntry.<RotaEntry> listAll(Sort.by("position")).stream().map(e -> e.consultantId).toList());
    }

    @PUT
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "updateLeadRota",
            summary = "Replace the consultants on duty; the round robin starts again at the first")
    public Rota put(@Valid @NotNull Rota rota) {
        if (new HashSet<>(rota.consultants()).size() != rota.consultants().size()) {
            throw ProblemException.invalid("consultants", "unique", "A consultant is on the rota once");
        }
        settings.lockedRow(staff.dealerId()).rotaCursor = 0;
        RotaEntry.deleteAll();
        RotaEntry.flush();
        int position = 0;
        for (String consultant : rota.consultants()) {
            RotaEntry entry = new RotaEntry();
            entry.id = UUID.randomUUID();
            entry.consultantId = consultant.strip();
            entry.position = position++;
            entry.persist();
        }
        return get();
    }
}
