package dev.showroom.visit.reception;

import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.visit.roster.DutyCopy;
import dev.showroom.visit.roster.StaffCopy;
import dev.showroom.visit.settings.DealerSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The front desk's queue today: the consultants on duty in the order of the dealer's roster (lead-service's, kept
 * here from dealer.roster-changed), who is busy with a customer, and who takes the next walk-in or call (round
 * robin after the last one who took a customer, passing over the busy).
 */
@Path("/api/v1/reception/queue")
@Tag(
        name = "Reception",
        description = "Showroom calls and walk-ins with their satisfaction checkpoints, departures, "
                + "and the queue of consultants on duty who take the next customer")
public class QueueResource {

    public record DutyView(String consultantId, int position, boolean busy, int taken) {}

    public record QueueView(LocalDate date, List<DutyView> onDuty, String next) {}

    public record NextView(String consultantId, LocalDate date) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getReceptionQueue",
            summary = "Today's consultants on duty (the roster's, in its order) and who would take the next customer")
    public QueueView get() {
        LocalDate today = today();
        List<String> onDuty = onDuty(today);
        Map<String, ReceptionTurn> turns = turns(today);
        ReceptionDay day = ReceptionDay.find("dutyDate", today).firstResult();
        String next = ReceptionQueue.next(onDuty, day == null ? null : day.lastConsultantId, busy(turns));
        List<DutyView> views = new ArrayList<>();
        for (int i = 0; i < onDuty.size(); i++) {
            ReceptionTurn t = turns.get(onDuty.get(i));
            views.add(new DutyView(onDuty.get(i), i, t != null && t.busy, t == null ? 0 : t.takenCount));
        }
        return new QueueView(today, views, next);
    }

    @POST
    @Path("next")
    @Transactional
    @RolesAllowed({Roles.RECEPTIONIST, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "takeNextConsultant",
            summary = "Hand the next walk-in or call to the next free consultant on duty, who becomes busy")
    public NextView takeNext() {
        LocalDate today = today();
        List<String> onDuty = onDuty(today);
        if (onDuty.isEmpty()) {
            throw ProblemException.conflict("Nobody is on duty today");
        }
        // one receptionist at a time moves the queue: two at once must not hand out the same consultant
        ReceptionDay day = lockedDay(today);
        Map<String, ReceptionTurn> turns = turns(today);
        String next = ReceptionQueue.next(onDuty, day.lastConsultantId, busy(turns));
        if (next == null) {
            throw ProblemException.conflict("Every consultant on duty is busy with a customer");
        }
        ReceptionTurn turn = turns.get(next);
        if (turn == null) {
            turn = new ReceptionTurn();
            turn.id = UUID.randomUUID();
            turn.dutyDate = today;
            turn.consultantId = next;
            turn.persist();
        }
        turn.busy = true;
        turn.takenCount++;
        day.lastConsultantId = next;
        return new NextView(next, today);
    }

    @POST
    @Path("{consultantId}/free")
    @Transactional
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "freeConsultant",
            summary = "The consultant is free again (a consultant frees only themselves)")
    public QueueView free(@PathParam("consultantId") String consultantId) {
        if (staff.seesOnlyOwn() && !staff.id().equals(consultantId)) {
            throw ProblemException.forbidden("A consultant can only free themselves");
        }
        LocalDate today = today();
        if (!onDuty(today).contains(consultantId)) {
            throw ProblemException.notFound("Consultant on duty today");
        }
        ReceptionTurn turn = turns(today).get(consultantId);
        if (turn != null) {
            turn.busy = false;
        }
        return get();
    }

    /** Today's list of the roster, less those no longer active consultants. */
    private static List<String> onDuty(LocalDate today) {
        DutyCopy duty = DutyCopy.inEffectOn(today);
        if (duty == null) {
            return List.of();
        }
        Set<String> consultants = StaffCopy.<StaffCopy>listAll().stream()
                .filter(StaffCopy::activeConsultant)
                .map(s -> s.userId)
                .collect(Collectors.toSet());
        return duty.consultantList().stream().filter(consultants::contains).toList();
    }

    private static Map<String, ReceptionTurn> turns(LocalDate today) {
        return ReceptionTurn.<ReceptionTurn>list("dutyDate", today).stream()
                .collect(Collectors.toMap(t -> t.consultantId, Function.identity()));
    }

    private static Set<String> busy(Map<String, ReceptionTurn> turns) {
        return turns.values().stream()
                .filter(t -> t.busy)
                .map(t -> t.consultantId)
                .collect(Collectors.toSet());
    }

    private ReceptionDay lockedDay(LocalDate today) {
        ReceptionDay.getEntityManager()
                .createNativeQuery("insert into reception_day (id, dealer_id, duty_date) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, staff.dealerId())
                .setParameter(3, today)
                .executeUpdate();
        ReceptionDay day = ReceptionDay.find("dutyDate", today).firstResult();
        ReceptionDay.getEntityManager().refresh(day, LockModeType.PESSIMISTIC_WRITE);
        return day;
    }

    private LocalDate today() {
        return settings.today(staff.dealerId());
    }
}
