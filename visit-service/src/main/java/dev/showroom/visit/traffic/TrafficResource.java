package dev.showroom.visit.traffic;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The daily showroom traffic report (docs/process.md, step 3): walk-ins per day of the dealer and per
 * consultant with first and return visits, party size, time in the showroom, the capture rate and the
 * conversions to a test drive and a quote. One query for the period (each walk-in with its flags computed by
 * the database), folded by {@link ShowroomTraffic}.
 */
@Path("/api/v1/visits/traffic")
@Tag(name = "Showroom traffic", description = "Walk-ins, capture rate and conversions per day and consultant")
public class TrafficResource {

    public record Traffic(
            String dealerId,
            LocalDate from,
            LocalDate to,
            String timeZone,
            String consultantId,
            ShowroomTraffic.Figures total,
            List<ShowroomTraffic.Day> byDay,
            List<ShowroomTraffic.Consultant> byConsultant) {}

    /**
     * Per walk-in: a return visit when the same lead walked in before; a contact when the visitor is a known lead
     * or left a phone or e-mail; test-driven and quoted when the lead completed a test drive or was quoted from
     * the start of the walk-in's day (dealer's zone) on.
     */
    static final String WALK_INS =
            "select v.id, v.consultant_id, coalesce(v.arrival_at, v.occurred_at), v.departure_at, "
                    + "v.party_size, (v.lead_id is not null or v.contact_phone is not null or v.contact_email is not null), "
                    + "exists (select 1 from visit e where e.dealer_id = v.dealer_id and e.lead_id = v.lead_id "
                    + "  and e.kind = 'WALK_IN' and e.occurred_at < v.occurred_at), "
                    + "exists (select 1 from test_drive t where t.dealer_id = v.dealer_id and t.lead_id = v.lead_id "
                    + "  and t.status = 'COMPLETED' and t.completed_at >= (date_trunc('day', v.occurred_at at time zone ?4) at time zone ?4)), "
                    + "exists (select 1 from quote_copy q where q.dealer_id = v.dealer_id and q.lead_id = v.lead_id "
                    + "  and q.issued_at >= (date_trunc('day', v.occurred_at at time zone ?4) at time zone ?4)) "
                    + "from visit v where v.dealer_id = ?1 and v.kind = 'WALK_IN' and v.occurred_at >= ?2 and v.occurred_at < ?3 "
                    + "and (cast(?5 as varchar) is null or v.consultant_id = ?5) order by v.occurred_at";

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getShowroomTraffic",
            summary = "Daily showroom traffic: walk-ins, first and return visits, party size, time in the showroom, "
                    + "capture rate (contacts left), walk-in to test drive and to quote; per day (dealer's time zone) "
                    + "and consultant, from/to inclusive (default: the last 30 days)")
    public Traffic traffic(
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId) {
        String dealer = staff.dealerId();
        ZoneId zone = profiles.zone(dealer);
        ReportPeriod period = ReportPeriod.of(fromParam, toParam, profiles.today(dealer), zone);
        String only = consultantId == null || consultantId.isBlank() ? null : consultantId.strip();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(WALK_INS)
                .setParameter(1, dealer)
                .setParameter(2, Timestamp.from(period.start()))
                .setParameter(3, Timestamp.from(period.end()))
                .setParameter(4, zone.getId())
                .setParameter(5, only)
                .getResultList();
        List<ShowroomTraffic.WalkIn> walkIns = rows.stream()
                .map(r -> new ShowroomTraffic.WalkIn(
                        (UUID) r[0],
                        (String) r[1],
                        instant(r[2]),
                        instant(r[3]),
                        r[4] == null ? null : ((Number) r[4]).intValue(),
                        (Boolean) r[5],
                        (Boolean) r[6],
                        (Boolean) r[7],
                        (Boolean) r[8]))
                .toList();
        ShowroomTraffic.Report report = ShowroomTraffic.of(walkIns, period.from(), period.to(), zone);
        return new Traffic(
                dealer,
                period.from(),
                period.to(),
                zone.getId(),
                only,
                report.total(),
                report.byDay(),
                report.byConsultant());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
