package dev.showroom.lead.objection;

import dev.showroom.lead.funnel.Breakdown;
import dev.showroom.lead.funnel.Figures;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    @Inject
    Breakdown breakdown;

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
}
