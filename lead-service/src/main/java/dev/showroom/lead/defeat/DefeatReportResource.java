package dev.showroom.lead.defeat;

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

/** Defeats of a period per reason, competitor, model, channel, stage reached, consultant or decisive objection. */
@Path("/api/v1/funnel/defeats")
@Tag(name = "Funnel and targets", description = "The sales funnel, defeat reasons and the consultants' monthly targets")
public class DefeatReportResource {

    public enum GroupBy {
        REASON("t.reason", null),
        /** Only the customers who bought a competitor's car: "brand model". */
        COMPETITOR("t.competitor_brand || ' ' || t.competitor_model", "t.reason = 'BOUGHT_COMPETITOR'"),
        MODEL("coalesce(t.model, '(none)')", null),
        CHANNEL("t.channel", null),
        STAGE("t.stage_reached", null),
        CONSULTANT("coalesce(t.consultant_id, '(unassigned)')", null),
        OBJECTION("coalesce(t.objection, '(none)')", null);

        final String sql;
        final String where;

        GroupBy(String sql, String where) {
            this.sql = sql;
            this.where = where;
        }
    }

    /** defeats; confirmed, reopened and pending review; share of the period's total. */
    public record Row(String key, long defeats, long confirmed, long reopened, long pending, BigDecimal share) {}

    public record Report(
            LocalDate from, LocalDate to, GroupBy groupBy, String consultantId, long total, List<Row> rows) {}

    static final String COUNTS = "count(*), count(*) filter (where t.review = 'CONFIRMED'), "
            + "count(*) filter (where t.review = 'REOPENED'), count(*) filter (where t.review = 'PENDING')";

    @Inject
    Breakdown breakdown;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getDefeatReport",
            summary = "Defeats from..to per reason (default), competitor, model, channel, stage reached, consultant "
                    + "or decisive objection, with their review; a consultant sees their own")
    public Report report(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("groupBy") String groupByParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId) {
        GroupBy groupBy = QueryParams.enumOf(GroupBy.class, groupByParam, "groupBy");
        if (groupBy == null) {
            groupBy = GroupBy.REASON;
        }
        Breakdown.Result result = breakdown.count(
                "defeat", "defeated_at", groupBy.sql, COUNTS, groupBy.where, from, to, consultantId, Map.of());
        long total = result.rows().stream().mapToLong(r -> r.counts().get(0)).sum();
        List<Row> rows = result.rows().stream()
                .map(r -> {
                    List<Long> n = r.counts();
                    return new Row(r.key(), n.get(0), n.get(1), n.get(2), n.get(3), Figures.rate(n.get(0), total));
                })
                .toList();
        return new Report(result.period().from(), result.period().to(), groupBy, result.consultantId(), total, rows);
    }
}
