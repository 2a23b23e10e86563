package dev.showroom.visit.presentation;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Roles;
import dev.showroom.visit.traffic.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The manager's report of step 5: presentations → test drives → quotes per consultant and model. visit-service
 * knows the presentations and the test drives, and keeps a copy of order-service's quotes (quote.issued: ids,
 * consultant, model), so one SQL statement answers it: each presentation of the period with whether its lead
 * completed a test drive and was quoted from the presentation's day on (dealer's zone).
 */
@Path("/api/v1/presentations/report")
@Tag(name = "Product presentation")
public class PresentationReportResource {

    public record PresentationReport(
            String dealerId,
            LocalDate from,
            LocalDate to,
            String consultantId,
            String modelCode,
            PresentationFunnel.Figures total,
            List<PresentationFunnel.Group> byConsultant,
            List<PresentationFunnel.Group> byModel,
            List<PresentationFunnel.Group> byConsultantAndModel) {}

    static final String ROWS = "select p.consultant_id, p.model_code, jsonb_array_length(p.points), "
            + "(select count(*) from jsonb_array_elements(p.points) e where (e ->> 'reacted')::boolean), "
            + "p.competitor_asked is not null, "
            + "exists (select 1 from test_drive t where t.dealer_id = p.dealer_id and t.lead_id = p.lead_id "
            + "  and t.status = 'COMPLETED' and t.completed_at >= (date_trunc('day', p.presented_at at time zone ?4) at time zone ?4)), "
            + "exists (select 1 from quote_copy q where q.dealer_id = p.dealer_id and q.lead_id = p.lead_id "
            + "  and q.issued_at >= (date_trunc('day', p.presented_at at time zone ?4) at time zone ?4)) "
            + "from presentation p where p.dealer_id = ?1 and p.presented_at >= ?2 and p.presented_at < ?3 "
            + "and (cast(?5 as varchar) is null or p.consultant_id = ?5) "
            + "and (cast(?6 as varchar) is null or p.model_code = ?6)";

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getPresentationReport",
            summary = "Presentations → test drives → quotes per consultant, per model and per both, for a period "
                    + "(from/to inclusive, the dealer's days; default the last 30 days)")
    public PresentationReport report(
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("modelCode") @Size(max = 100) String modelCode) {
        String dealer = staff.dealerId();
        ZoneId zone = profiles.zone(dealer);
        ReportPeriod period = ReportPeriod.of(fromParam, toParam, profiles.today(dealer), zone);
        String consultant = blank(consultantId);
        String model = blank(modelCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ROWS)
                .setParameter(1, dealer)
                .setParameter(2, Timestamp.from(period.start()))
                .setParameter(3, Timestamp.from(period.end()))
                .setParameter(4, zone.getId())
                .setParameter(5, consultant)
                .setParameter(6, model)
                .getResultList();
        PresentationFunnel.Report report = PresentationFunnel.of(rows.stream()
                .map(r -> new PresentationFunnel.Row(
                        (String) r[0],
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        (Boolean) r[4],
                        (Boolean) r[5],
                        (Boolean) r[6]))
                .toList());
        return new PresentationReport(
                dealer,
                period.from(),
                period.to(),
                consultant,
                model,
                report.total(),
                report.byConsultant(),
                report.byModel(),
                report.byConsultantAndModel());
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
