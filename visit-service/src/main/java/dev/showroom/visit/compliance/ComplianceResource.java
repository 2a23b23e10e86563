package dev.showroom.visit.compliance;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.visit.reception.CheckpointCode;
import dev.showroom.visit.reception.VisitKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checkpoint compliance: the share of checkpoints met, per step (call / walk-in), per checkpoint and per
 * consultant, for a period of days in the dealer's time zone (default: the last 30 days).
 */
@Path("/api/v1/compliance")
@Tag(
        name = "Checkpoint compliance",
        description = "How well the showroom's satisfaction checkpoints are kept, per dealer and across dealers")
public class ComplianceResource {

    public record Share(long checks, long met, BigDecimal share) {
        static Share of(long checks, long met) {
            return new Share(
                    checks,
                    met,
                    checks == 0
                            ? null
                            : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(checks), 4, RoundingMode.HALF_UP));
        }
    }

    public record StepShare(VisitKind step, long checks, long met, BigDecimal share) {}

    public record CheckpointShare(VisitKind step, CheckpointCode checkpoint, long checks, long met, BigDecimal share) {}

    public record ConsultantShare(String consultantId, long checks, long met, BigDecimal share) {}

    public record Compliance(
            String dealerId,
            LocalDate from,
            LocalDate to,
            String consultantId,
            Share overall,
            List<StepShare> bySteps,
            List<CheckpointShare> byCheckpoint,
            List<ConsultantShare> byConsultant) {}

    public record DealerShare(String dealerId, VisitKind step, long checks, long met, BigDecimal share) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getCompliance",
            summary = "Share of checkpoints met per step, checkpoint and consultant, for a period (from/to inclusive)")
    public Compliance compliance(
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("step") String stepParam) {
        ZoneId zone = profiles.zone(staff.dealerId());
        LocalDate to = QueryParams.date(toParam, "to");
        to = to != null ? to : profiles.today(staff.dealerId());
        LocalDate from = QueryParams.date(fromParam, "from");
        from = from != null ? from : to.minusDays(29);
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "beforeTo", "from must not be after to");
        }
        VisitKind step = QueryParams.enumOf(VisitKind.class, stepParam, "step");
        StringBuilder hql = new StringBuilder("select c.kind, c.code, c.consultantId, count(c), "
                + "sum(case when c.met = true then 1 else 0 end) from VisitCheckpoint c "
                + "where c.occurredAt >= :from and c.occurredAt < :to");
        if (consultantId != null && !consultantId.isBlank()) {
            hql.append(" and c.consultantId = :consultant");
        }
        if (step != null) {
            hql.append(" and c.kind = :step");
        }
        hql.append(" group by c.kind, c.code, c.consultantId");
        var query = em.createQuery(hql.toString(), Object[].class)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        if (consultantId != null && !consultantId.isBlank()) {
            query.setParameter("consultant", consultantId);
        }
        if (step != null) {
            query.setParameter("step", step);
        }
        List<Row> rows = query.getResultList().stream()
                .map(r -> new Row(
                        (VisitKind) r[0],
                        (CheckpointCode) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()))
                .toList();
        long checks = rows.stream().mapToLong(Row::checks).sum();
        long met = rows.stream().mapToLong(Row::met).sum();
        List<StepShare> bySteps = fold(rows, Row::kind).entrySet().stream()
                .map(e -> new StepShare(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        Share.of(e.getValue()[0], e.getValue()[1]).share()))
                .toList();
        List<CheckpointShare> byCheckpoint = fold(rows, Row::code).entrySet().stream()
                .map(e -> new CheckpointShare(
                        e.getKey().kind,
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        Share.of(e.getValue()[0], e.getValue()[1]).share()))
                .toList();
        List<ConsultantShare> byConsultant =
                fold(rows, r -> r.consultantId() == null ? "(none)" : r.consultantId()).entrySet().stream()
                        .map(e -> new ConsultantShare(
                                e.getKey(),
                                e.getValue()[0],
                                e.getValue()[1],
                                Share.of(e.getValue()[0], e.getValue()[1]).share()))
                        .toList();
        return new Compliance(
                staff.dealerId(), from, to, consultantId, Share.of(checks, met), bySteps, byCheckpoint, byConsultant);
    }

    /** For the brand's head office: each dealer's share per step, UTC days, no people named. */
    @GET
    @Path("dealers")
    @RolesAllowed(Roles.HQ)
    @Operation(
            operationId = "listDealerCompliance",
            summary = "Head office: share of checkpoints met per dealer and step (UTC days, from/to inclusive), "
                    + "by dealer and step, paged")
    @Sortable(
            value = {"dealerId", "step"},
            byDefault = "dealerId,step")
    public Page<DealerShare> dealers(
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        LocalDate to = QueryParams.date(toParam, "to");
        to = to != null ? to : LocalDate.now(ZoneOffset.UTC);
        LocalDate from = QueryParams.date(fromParam, "from");
        from = from != null ? from : to.minusDays(29);
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "beforeTo", "from must not be after to");
        }
        // native SQL: the tenant filter does not apply, which is what a cross-dealer aggregate needs
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select dealer_id, kind, count(*), sum(case when met then 1 else 0 end), "
                                + "count(*) over () from visit_checkpoint where occurred_at >= ?1 and occurred_at < ?2 "
                                + "group by dealer_id, kind order by "
                                + Sorts.sql(sort, Map.of("dealerId", "dealer_id", "step", "kind"))
                                + ", dealer_id, kind limit ?3 offset ?4")
                .setParameter(1, from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter(2, to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter(3, page.size)
                .setParameter(4, page.offset())
                .getResultList();
        List<DealerShare> out = new ArrayList<>();
        for (Object[] r : rows) {
            long checks = ((Number) r[2]).longValue();
            long met = ((Number) r[3]).longValue();
            out.add(new DealerShare(
                    (String) r[0],
                    VisitKind.valueOf((String) r[1]),
                    checks,
                    met,
                    Share.of(checks, met).share()));
        }
        // the window counts the groups before limit and offset; a page past the end has no row to carry it
        long total = rows.isEmpty()
                ? (page.offset() == 0 ? 0 : countDealerSteps(from, to))
                : ((Number) rows.get(0)[4]).longValue();
        return Page.of(out, page, total);
    }

    private long countDealerSteps(LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("select count(*) from (select 1 from visit_checkpoint "
                                + "where occurred_at >= ?1 and occurred_at < ?2 group by dealer_id, kind) g")
                        .setParameter(1, from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                        .setParameter(
                                2, to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                        .getSingleResult())
                .longValue();
    }

    private record Row(VisitKind kind, CheckpointCode code, String consultantId, long checks, long met) {}

    private static <K extends Comparable<K>> Map<K, long[]> fold(List<Row> rows, Function<Row, K> key) {
        Map<K, long[]> out = new TreeMap<>();
        for (Row r : rows) {
            long[] acc = out.computeIfAbsent(key.apply(r), k -> new long[2]);
            acc[0] += r.checks();
            acc[1] += r.met();
        }
        return out;
    }
}
