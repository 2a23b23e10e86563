package dev.showroom.lead.followup;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Missed follow-ups per consultant (a consultant sees their own); the leads themselves: search ?overdue=true. */
@Path("/api/v1/leads/overdue")
@Tag(
        name = "Grading and follow-up",
        description = "Lead grades (H, A, B, C), follow-up contacts and overdue follow-ups")
public class OverdueResource {

    public record ConsultantOverdue(String consultantId, long overdue) {}

    public record Overdue(Instant asOf, long total, List<ConsultantOverdue> byConsultant) {}

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listOverdueLeads",
            summary = "Overdue follow-ups: the dealer's total and the count per consultant")
    public Overdue overdue() {
        Instant now = Instant.now(clock);
        List<ConsultantOverdue> rows = Lead.getEntityManager()
                .createQuery(
                        "select l.consultantId, count(l) from Lead l where l.nextFollowUpAt < :now "
                                + "and l.erasedAt is null and (l.grade is null or l.grade not in (:closed)) "
                                + "group by l.consultantId order by count(l) desc",
                        Object[].class)
                .setParameter("now", now)
                .setParameter("closed", List.of(Grade.O, Grade.F))
                .getResultList()
                .stream()
                .map(r -> new ConsultantOverdue((String) r[0], (Long) r[1]))
                .toList();
        if (staff.seesOnlyOwn()) {
            rows = rows.stream()
                    .filter(r -> staff.id().equals(r.consultantId()))
                    .toList();
        }
        return new Overdue(
                now, rows.stream().mapToLong(ConsultantOverdue::overdue).sum(), rows);
    }
}
