package dev.showroom.lead.followup;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Missed follow-ups and those due later today per consultant (a consultant sees their own); the leads themselves:
 * search ?overdue=true and ?dueOn=(today).
 */
@Path("/api/v1/leads/overdue")
@Tag(
        name = "Grading and follow-up",
        description = "Lead grades (H, A, B, C), follow-up contacts and overdue follow-ups")
public class OverdueResource {

    /** overdue: the next follow-up has passed; dueToday: it falls later today (the dealer's date). */
    public record ConsultantOverdue(String consultantId, long overdue, long dueToday) {}

    public record Overdue(
            Instant asOf, LocalDate date, long total, long dueToday, List<ConsultantOverdue> byConsultant) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listOverdueLeads",
            summary = "Overdue follow-ups and those due later today (the dealer's date): the dealer's totals and the "
                    + "counts per consultant")
    public Overdue overdue() {
        Instant now = Instant.now(clock);
        ZoneId zone = profiles.zone(staff.dealerId());
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<ConsultantOverdue> rows = Lead.getEntityManager()
                .createQuery(
                        "select l.consultantId, sum(case when l.nextFollowUpAt < :now then 1 else 0 end) as late, "
                                + "sum(case when l.nextFollowUpAt >= :now then 1 else 0 end) as due from Lead l "
                                + "where l.nextFollowUpAt < :tomorrow and l.erasedAt is null "
                                + "and (l.grade is null or l.grade not in (:closed) "
                                + "or (l.grade = :ordered and l.orderedAt is not null and l.deliveredAt is null)) "
                                + "group by l.consultantId order by late desc, due desc, l.consultantId",
                        Object[].class)
                .setParameter("now", now)
                .setParameter("tomorrow", tomorrow)
                .setParameter("closed", List.of(Grade.O, Grade.F))
                .setParameter("ordered", Grade.O)
                .getResultList()
                .stream()
                .map(r ->
                        new ConsultantOverdue((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
        if (staff.seesOnlyOwn()) {
            rows = rows.stream()
                    .filter(r -> staff.id().equals(r.consultantId()))
                    .toList();
        }
        return new Overdue(
                now,
                today,
                rows.stream().mapToLong(ConsultantOverdue::overdue).sum(),
                rows.stream().mapToLong(ConsultantOverdue::dueToday).sum(),
                rows);
    }
}
