package dev.showroom.lead.defeat;

import dev.showroom.lead.funnel.Breakdown;
import dev.showroom.lead.funnel.Figures;
import dev.showroom.lead.funnel.FunnelQueries;
import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.http.Period;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

    /** hq's row: one dealer's defeats of one key (counts only, no customer and no consultant). */
    public record DealerRow(
            String dealerId, String key, long defeats, long confirmed, long reopened, long pending, BigDecimal share) {}

    public record HqReport(
            LocalDate from, LocalDate to, String timeZone, GroupBy groupBy, long total, List<DealerRow> rows) {}

    @Inject
    Breakdown breakdown;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

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

    @GET
    @Path("hq")
    @RolesAllowed(Roles.HQ)
    @Operation(
            operationId = "getHqDefeatReport",
            summary = "hq: the defeats of every dealer from..to (Beijing's days) per reason (default), competitor, "
                    + "model, stage reached, channel or decisive objection, with their review; counts only, no "
                    + "personal data and no consultant; share: of the dealer's defeats of the period")
    public HqReport hq(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupByParam) {
        GroupBy groupBy = QueryParams.enumOf(GroupBy.class, groupByParam, "groupBy");
        if (groupBy == null) {
            groupBy = GroupBy.REASON;
        }
        if (groupBy == GroupBy.CONSULTANT) {
            throw ProblemException.invalid(
                    "groupBy", "noConsultantForHq", "hq sees the dealers' defeats, not their consultants'");
        }
        ZoneId zone = ZoneId.of(DealerProfile.DEFAULT_TIME_ZONE);
        Period period = Period.parse(from, to, zone, clock);
        // native SQL across dealers (hq has no dealer of its own), as the hq funnel
        StringBuilder sql = new StringBuilder("select t.dealer_id, ")
                .append(groupBy.sql)
                .append(" as k, ")
                .append(COUNTS)
                .append(" from defeat t where t.defeated_at >= :from and t.defeated_at < :to");
        if (groupBy.where != null) {
            sql.append(" and ").append(groupBy.where);
        }
        sql.append(" group by t.dealer_id, k order by t.dealer_id, 3 desc, k");
        List<?> found = em.createNativeQuery(sql.toString())
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getResultList();
        Map<String, Long> perDealer = new java.util.HashMap<>();
        if (groupBy.where != null) {
            // the share of a competitor is of all the dealer's defeats, not only of those lost to a competitor
            for (Object row : em.createNativeQuery("select t.dealer_id, count(*) from defeat t "
                            + "where t.defeated_at >= :from and t.defeated_at < :to group by t.dealer_id")
                    .setParameter("from", period.start())
                    .setParameter("to", period.end())
                    .getResultList()) {
                Object[] r = (Object[]) row;
                perDealer.put((String) r[0], FunnelQueries.n(r[1]));
            }
        } else {
            for (Object row : found) {
                Object[] r = (Object[]) row;
                perDealer.merge((String) r[0], FunnelQueries.n(r[2]), Long::sum);
            }
        }
        List<DealerRow> rows = new ArrayList<>();
        for (Object row : found) {
            Object[] r = (Object[]) row;
            String dealer = (String) r[0];
            long defeats = FunnelQueries.n(r[2]);
            rows.add(new DealerRow(
                    dealer,
                    r[1] == null ? null : r[1].toString(),
                    defeats,
                    FunnelQueries.n(r[3]),
                    FunnelQueries.n(r[4]),
                    FunnelQueries.n(r[5]),
                    Figures.rate(defeats, perDealer.getOrDefault(dealer, 0L))));
        }
        return new HqReport(
                period.from(),
                period.to(),
                zone.getId(),
                groupBy,
                rows.stream().mapToLong(DealerRow::defeats).sum(),
                rows);
    }
}
