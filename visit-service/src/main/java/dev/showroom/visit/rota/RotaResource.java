package dev.showroom.visit.rota;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.visit.settings.DealerSettings;
import io.quarkus.panache.common.Sort;

/**
 * Today's reception rota: the consultants on duty in order, and who takes the next walk-in or call
 * (round robin after the last one who took a customer, skipping those busy with one).
 */
@Path("/api/v1/rota")
@Tag(name = "Reception rota", description = "The queue of consultants who take the next walk-in")
public class RotaResource {

    public record RotaRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> consultants) {
    }

    public record DutyView(String consultantId, int position, boolean busy, int taken) {
    }

    public record RotaView(LocalDate date, List<DutyView> onDuty, String next) {
    }

    public record NextView(String consultantId, LocalDate date) {
    }

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @GET
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "getReceptionRota", summary = "Today's rota and who would take the next customer")
    public RotaView get() {
        RotaDay day = RotaDay.find("dutyDate", today()).firstResult();
        if (day == null) {
            return new RotaView(today(), List.of(), null);
        }
        List<RotaDuty> duties = duties(day);
        RotaDuty next = nextOf(day, duties);
        return new RotaView(day.dutyDate, duties.stream().map(RotaResource::view).toList(),
                next == null ? null : next.consultantId);
    }

    @PUT
    @Transactional
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "updateReceptionRota",
            summary = "Set today's consultants on duty, in rota order (restarts the round robin)")
    public RotaView set(@Valid @NotNull RotaRequest request) {
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < request.consultants().size(); i++) {
            if (!unique.add(request.consultants().get(i).strip())) {
                throw ProblemException.invalid("consultants[" + i + "]", "unique", "A consultant is on the rota once");
            }
        }
        RotaDay day = RotaDay.find("dutyDate", today()).firstResult();
        if (day == null) {
            day = new RotaDay();
            day.id = UUID.randomUUID();
            day.dutyDate = today();
            day.persist();
        } else {
            RotaDuty.<RotaDuty> list("rotaDayId", day.id).forEach(RotaDuty::delete);
            RotaDuty.flush();
        }
        day.lastPosition = -1;
        int position = 0;
        for (String consultant : request.consultants()) {
            RotaDuty duty = new RotaDuty();
            duty.id = UUID.randomUUID();
            duty.rotaDayId = day.id;
            duty.consultantId = consultant.strip();
            duty.position = position++;
            duty.persist();
        }
        return get();
    }

    @POST
    @Path("next")
    @Transactional
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "takeNextConsultant",
            summary = "Hand the next walk-in or call to the next free consultant, who becomes busy")
    public NextView takeNext() {
        RotaDay day = RotaDay.find("dutyDate", today()).firstResult();
        if (day == null) {
            throw ProblemException.conflict("Nobody is on the rota today");
        }
        // one receptionist at a time moves the cursor: two at once must not hand out the same consultant
        day = RotaDay.getEntityManager().find(RotaDay.class, day.id, LockModeType.PESSIMISTIC_WRITE);
        RotaDuty next = nextOf(day, duties(day));
        if (next == null) {
            throw ProblemException.conflict("Every consultant on duty is busy with a customer");
        }
        next.busy = true;
        next.takenCount++;
        day.lastPosition = next.position;
        return new NextView(next.consultantId, day.dutyDate);
    }

    @POST
    @Path("{consultantId}/free")
    @Transactional
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "freeConsultant",
            summary = "The consultant is free again (a consultant frees only themselves)")
    public RotaView free(@PathParam("consultantId") String consultantId) {
        if (staff.seesOnlyOwn() && !staff.id().equals(consultantId)) {
            throw ProblemException.forbidden("A consultant can only free themselves");
        }
        RotaDay day = RotaDay.find("dutyDate", today()).firstResult();
        RotaDuty duty = day == null ? null
                : RotaDuty.<RotaDuty> find("rotaDayId = ?1 and consultantId = ?2", day.id, consultantId).firstResult();
        if (duty == null) {
            throw ProblemException.notFound("Consultant on today's rota");
        }
        duty.busy = false;
        return get();
    }

    /** The first free consultant after the last one who took a customer, wrapping around. */
    static RotaDuty nextOf(RotaDay day, List<RotaDuty> duties) {
        int n = duties.size();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (duties.get(i).position > day.lastPosition) {
                start = i;
                break;
            }
            start = (i + 1) % n;
        }
        for (int k = 0; k < n; k++) {
            RotaDuty candidate = duties.get((start + k) % n);
            if (!candidate.busy) {
                return candidate;
            }
        }
        return null;
    }

    private List<RotaDuty> duties(RotaDay day) {
        return RotaDuty.list("rotaDayId", Sort.ascending("position"), day.id);
    }

    private LocalDate today() {
        return settings.today(staff.dealerId());
    }

    private static DutyView view(RotaDuty d) {
        return new DutyView(d.consultantId, d.position, d.busy, d.takenCount);
    }
}
