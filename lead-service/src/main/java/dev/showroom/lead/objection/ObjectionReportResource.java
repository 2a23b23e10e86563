package dev.showroom.lead.objection;

import dev.showroom.lead.funnel.Breakdown;
import dev.showroom.lead.funnel.Figures;
import dev.showroom.lead.funnel.FunnelQueries;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Objections raised in a period per category, model, consultant or step, and how many preceded a defeat. */
@Path("/api/v1/funnel/objections")
@Tag(name = "Funnel and targets", description = "The sales funnel, defeat reasons and the consultants' monthly targets")
public class ObjectionReportResource {

    public enum GroupBy {
        CATEGORY("t.category"),
        MODEL("coalesce(t.model, '(none)')"),
        CONSULTANT("coalesce(t.consultant_id, '(unassigned)')"),
        CONTEXT("t.context");

        final String sql;

        GroupBy(String sql) {
            this.sql = sql;
        }
    }

    /**
     * raised; resolved; the true objections and the pretexts (step 4 of the routine); locked as the only reason;
     * with a commitment; beforeDefeat: raised on a lead that was defeated afterwards (the defeat's analysis names
     * them); resolvedShare = resolved / raised.
     */
    public record Row(
            String key,
            long raised,
            long resolved,
            long trueObjections,
            long pretexts,
            long locked,
            long committed,
            long beforeDefeat,
            BigDecimal resolvedShare) {}

    public record Report(
            LocalDate from, LocalDate to, GroupBy groupBy, String consultantId, long total, List<Row> rows) {}

    static final String COUNTS = "count(*), count(*) filter (where t.resolved_at is not null), "
            + "count(*) filter (where t.genuine = 'TRUE_OBJECTION'), count(*) filter (where t.genuine = 'PRETEXT'), "
            + "count(*) filter (where t.only_reason_confirmed), count(*) filter (where t.commitment_obtained), "
            + "count(*) filter (where exists (select 1 from defeat d where d.dealer_id = t.dealer_id "
            + "and d.lead_id = t.lead_id and d.defeated_at >= t.raised_at))";

    /** The objections still open now of one consultant's leads in play (neither defeated, ordered nor erased). */
    public record OpenRow(String consultantId, long open) {}

    public record OpenObjections(String consultantId, long total, List<OpenRow> rows) {}

    @Inject
    Breakdown breakdown;

    @Inject
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getObjectionReport",
            summary = "Objections raised from..to per category (default), model, consultant or step, resolved, true "
                    + "or pretext, and how many preceded a defeat; a consultant sees their own")
    public Report report(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("groupBy") String groupByParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId) {
        GroupBy groupBy = QueryParams.enumOf(GroupBy.class, groupByParam, "groupBy");
        if (groupBy == null) {
            groupBy = GroupBy.CATEGORY;
        }
        Breakdown.Result result =
                breakdown.count("objection", "raised_at", groupBy.sql, COUNTS, null, from, to, consultantId, Map.of());
        List<Row> rows = result.rows().stream()
                .map(r -> {
                    List<Long> n = r.counts();
                    return new Row(
                            r.key(),
                            n.get(0),
                            n.get(1),
                            n.get(2),
                            n.get(3),
                            n.get(4),
                            n.get(5),
                            n.get(6),
                            Figures.rate(n.get(1), n.get(0)));
                })
                .toList();
        return new Report(
                result.period().from(),
                result.period().to(),
                groupBy,
                result.consultantId(),
                rows.stream().mapToLong(Row::raised).sum(),
                rows);
    }

    /**
     * The open objections per consultant: ?1 the dealer, ?2 the rank of ORDERED, ?3 the consultant when
     * {@code byConsultant}. Reads the dealer's open objections (index objection_open), not all they ever had.
     */
    static String openSql(boolean byConsultant) {
        return "select coalesce(l.consultant_id, '(unassigned)') as k, count(*) "
                + "from objection o join lead l on l.id = o.lead_id and l.dealer_id = o.dealer_id "
                + "where o.dealer_id = ?1 and o.resolved_at is null and l.defeated_at is null "
                + "and l.erased_at is null and l.stage_rank < ?2"
                + (byConsultant ? " and l.consultant_id = ?3" : "")
                + " group by k order by 2 desc, k";
    }

    @GET
    @Path("open")
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getOpenObjections",
            summary = "The objections not resolved yet on leads still in play (not defeated, ordered or erased), per "
                    + "consultant owning the lead now, most first; a consultant sees their own")
    public OpenObjections open(@QueryParam("consultantId") @Size(max = 100) String consultantId) {
        String consultant = staff.seesOnlyOwn()
                ? staff.id()
                : consultantId == null || consultantId.isBlank() ? null : consultantId.strip();
        Query q = em.createNativeQuery(openSql(consultant != null))
                .setParameter(1, staff.dealerId())
                .setParameter(2, Stage.ORDERED.rank());
        if (consultant != null) {
            q.setParameter(3, consultant);
        }
        List<OpenRow> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new OpenRow((String) r[0], FunnelQueries.n(r[1])));
        }
        return new OpenObjections(
                consultant, rows.stream().mapToLong(OpenRow::open).sum(), rows);
    }
}
