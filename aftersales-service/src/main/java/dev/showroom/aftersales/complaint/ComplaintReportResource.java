package dev.showroom.aftersales.complaint;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Period;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The complaints report (docs/process.md, step 10; seed 003 §8): what customers complain about, what was behind
 * it, how fast it was handled, who complains again, and how old the open ones are. Figures are aggregated in the
 * database, one query per table.
 */
@Path("/api/v1/complaints/report")
@Tag(name = "Complaints")
@RolesAllowed({Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class ComplaintReportResource {

    /**
     * One row of a breakdown: complaints opened in the period, those still open now, resolved (or closed) ones,
     * those acknowledged and resolved by their deadlines, and the mean and median hours from opening to resolution.
     */
    public record Row(
            String key,
            long complaints,
            long open,
            long resolved,
            long acknowledgedInTime,
            long resolvedInTime,
            Double meanHoursToResolve,
            Double medianHoursToResolve) {}

    /** Complaints not closed now, by age: under a day, 1-3 days, 3-7 days, over 7 days; and past their deadline. */
    public record OpenAge(
            String severity,
            long underOneDay,
            long oneToThreeDays,
            long threeToSevenDays,
            long overSevenDays,
            long pastResolveBy) {}

    /** A customer with two or more complaints in the period (customer care and managers know them by name). */
    public record RepeatComplainer(
            UUID leadId, String customerName, long complaints, Instant firstOpenedAt, Instant lastOpenedAt) {}

    public record Report(
            LocalDate from,
            LocalDate to,
            String timeZone,
            Row total,
            List<Row> bySeverity,
            List<Row> byCategory,
            List<Row> byRootCause,
            List<OpenAge> openByAge,
            List<RepeatComplainer> repeatComplainers) {}

    /** The row's aggregates over the period's complaints ({@code c}), grouped by the caller's key expression. */
    private static final String AGGREGATES = """
            count(*),
            count(*) filter (where c.status <> 'CLOSED' and c.status <> 'RESOLVED'),
            count(*) filter (where c.resolved_at is not null),
            count(*) filter (where c.acknowledged_at is not null and c.acknowledged_at <= c.acknowledge_by),
            count(*) filter (where c.resolved_at is not null and c.resolved_at <= c.resolve_by),
            avg(extract(epoch from c.resolved_at - c.opened_at) / 3600),
            percentile_cont(0.5) within group (order by extract(epoch from c.resolved_at - c.opened_at) / 3600)
            """;

    @Inject
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @GET
    @Operation(
            operationId = "complaintReport",
            summary = "Complaints of a period (?from, ?to: the dealer's days; default this month) by severity, "
                    + "category and root cause, with time to acknowledge and resolve; the open ones by age; customers "
                    + "who complained twice or more")
    public Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        String dealer = staff.dealerId();
        Period period = Period.parse(from, to, profiles.zone(dealer), clock);
        Instant now = Instant.now(clock);
        return new Report(
                period.from(),
                period.to(),
                period.zone().getId(),
                rows("'ALL'", dealer, period).stream().findFirst().orElse(new Row("ALL", 0, 0, 0, 0, 0, null, null)),
                rows("c.severity", dealer, period),
                rows("c.category", dealer, period),
                rows("coalesce(c.root_cause, 'NOT_RESOLVED_YET')", dealer, period),
                openByAge(dealer, now),
                repeatComplainers(dealer, period));
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String key, String dealer, Period period) {
        List<Object[]> found = em.createNativeQuery("select " + key + " as k, " + AGGREGATES
                        + " from complaint c where c.dealer_id = ?1 and c.opened_at >= ?2 and c.opened_at < ?3"
                        + " group by k order by count(*) desc, k")
                .setParameter(1, dealer)
                .setParameter(2, period.start())
                .setParameter(3, period.end())
                .getResultList();
        return found.stream()
                .map(r -> new Row(
                        (String) r[0],
                        count(r[1]),
                        count(r[2]),
                        count(r[3]),
                        count(r[4]),
                        count(r[5]),
                        hours(r[6]),
                        hours(r[7])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<OpenAge> openByAge(String dealer, Instant now) {
        List<Object[]> found = em.createNativeQuery("""
                        select c.severity,
                               count(*) filter (where c.opened_at > ?3),
                               count(*) filter (where c.opened_at <= ?3 and c.opened_at > ?4),
                               count(*) filter (where c.opened_at <= ?4 and c.opened_at > ?5),
                               count(*) filter (where c.opened_at <= ?5),
                               count(*) filter (where c.status in ('OPEN', 'ACKNOWLEDGED') and c.resolve_by < ?2)
                        from complaint c
                        where c.dealer_id = ?1 and c.status <> 'CLOSED'
                        group by c.severity, c.priority
                        order by c.priority
                        """)
                .setParameter(1, dealer)
                .setParameter(2, now)
                .setParameter(3, now.minus(Duration.ofDays(1)))
                .setParameter(4, now.minus(Duration.ofDays(3)))
                .setParameter(5, now.minus(Duration.ofDays(7)))
                .getResultList();
        return found.stream()
                .map(r -> new OpenAge((String) r[0], count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5])))
                .toList();
    }

    /** By lead; complaints about no known customer by the phone they gave. At most 50, most complaints first. */
    @SuppressWarnings("unchecked")
    private List<RepeatComplainer> repeatComplainers(String dealer, Period period) {
        List<Object[]> found = em.createNativeQuery("""
                        select (array_agg(c.lead_id) filter (where c.lead_id is not null))[1],
                               max(c.customer_name), count(*), min(c.opened_at), max(c.opened_at)
                        from complaint c
                        where c.dealer_id = ?1 and c.opened_at >= ?2 and c.opened_at < ?3
                          and (c.lead_id is not null or c.customer_phone is not null)
                        group by coalesce(c.lead_id::text, c.customer_phone)
                        having count(*) >= 2
                        order by count(*) desc, max(c.opened_at) desc
                        limit 50
                        """)
                .setParameter(1, dealer)
                .setParameter(2, period.start())
                .setParameter(3, period.end())
                .getResultList();
        return found.stream()
                .map(r -> new RepeatComplainer((UUID) r[0], (String) r[1], count(r[2]), instant(r[3]), instant(r[4])))
                .toList();
    }

    private static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Double hours(Object o) {
        return o == null ? null : Math.round(((Number) o).doubleValue() * 10) / 10.0;
    }

    private static Instant instant(Object o) {
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) o;
    }
}
