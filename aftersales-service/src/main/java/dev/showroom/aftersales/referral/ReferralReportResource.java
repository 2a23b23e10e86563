package dev.showroom.aftersales.referral;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referrals as seed 002 has them, in figures (docs/process.md, step 10): how often customers were asked (the
 * checkpoint at signing and on the referral-ask call-backs), and what the people they referred became: leads,
 * showroom visits, orders; per consultant (the referrer's) and per referrer.
 */
@Path("/api/v1/referrals/conversion")
@Tag(name = "Referrals", description = "Friends referred by a customer")
@RolesAllowed({Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class ReferralReportResource {

    /**
     * referrals: people referred in the period; leads: those lead-service made a lead of; visited: leads that walked
     * into the showroom; ordered: leads with a signed (or delivered) order; appointments: referrals with a visit agreed
     * on the spot. Rates: 4 decimals, null over 0.
     */
    public record Conversion(
            long referrals,
            long appointments,
            long leads,
            long visited,
            long ordered,
            BigDecimal referralToLead,
            BigDecimal leadToVisit,
            BigDecimal visitToOrder,
            BigDecimal referralToOrder) {
        static Conversion of(long referrals, long appointments, long leads, long visited, long ordered) {
            return new Conversion(
                    referrals,
                    appointments,
                    leads,
                    visited,
                    ordered,
                    rate(leads, referrals),
                    rate(visited, leads),
                    rate(ordered, visited),
                    rate(ordered, referrals));
        }
    }

    /** One occasion of the referral checkpoint: SIGNING, or CALL on day {@code dayOffset} after delivery. */
    public record AskRow(String occasion, Integer dayOffset, long asked, long missed, BigDecimal rate) {}

    public record ConsultantRow(String consultantId, long asked, long asks, Conversion conversion) {}

    public record ReferrerRow(UUID referrerLeadId, String referrerName, String consultantId, Conversion conversion) {}

    public record Report(
            String dealerId,
            LocalDate from,
            LocalDate to,
            String timeZone,
            List<AskRow> asks,
            Conversion total,
            List<ConsultantRow> consultants,
            List<ReferrerRow> referrers) {}

    static final int MAX_DAYS = 1100;
    static final int MAX_REFERRERS = 100;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @GET
    @Operation(
            operationId = "getReferralConversion",
            summary = "Referrals asked and their conversion (referred → lead → visit → order) per consultant and "
                    + "referrer, for a period (?from, ?to: local dates, inclusive; default this month)")
    public Report report(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        LocalDate from = QueryParams.date(fromParam, "from");
        LocalDate to = QueryParams.date(toParam, "to");
        String dealerId = staff.dealerId();
        ZoneId zone = profiles.zone(dealerId);
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.withDayOfMonth(1);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "beforeTo", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ProblemException.invalid("from", "maxPeriod", "a period holds at most " + MAX_DAYS + " days");
        }
        Instant since = start.atStartOfDay(zone).toInstant();
        Instant until = end.plusDays(1).atStartOfDay(zone).toInstant();

        List<AskRow> asks = new ArrayList<>();
        Map<String, long[]> asksPerConsultant = new LinkedHashMap<>();
        for (Object[] row : rows(
                "select occasion, day_offset, consultant_id, count(*) filter (where asked), count(*) from referral_ask "
                        + "where dealer_id = ?1 and asked_at >= ?2 and asked_at < ?3 "
                        + "group by occasion, day_offset, consultant_id order by occasion desc, day_offset nulls first",
                dealerId,
                since,
                until)) {
            String occasion = (String) row[0];
            Integer day = row[1] == null ? null : ((Number) row[1]).intValue();
            long asked = ((Number) row[3]).longValue();
            long all = ((Number) row[4]).longValue();
            AskRow last = asks.isEmpty() ? null : asks.get(asks.size() - 1);
            if (last != null && last.occasion().equals(occasion) && java.util.Objects.equals(last.dayOffset(), day)) {
                asked += last.asked();
                all += last.asked() + last.missed();
                asks.remove(asks.size() - 1);
            }
            asks.add(new AskRow(occasion, day, asked, all - asked, rate(asked, all)));
            long[] c = asksPerConsultant.computeIfAbsent(key(row[2]), k -> new long[2]);
            c[0] += ((Number) row[3]).longValue();
            c[1] += ((Number) row[4]).longValue();
        }

        String conversion = "count(*), count(r.appointment_at), count(r.referred_lead_id), count(c.first_visit_at), "
                + "count(*) filter (where c.status in ('SIGNED', 'DELIVERED')) "
                + "from referral r left join customer c on c.dealer_id = r.dealer_id and c.lead_id = r.referred_lead_id "
                + "where r.dealer_id = ?1 and r.received_at >= ?2 and r.received_at < ?3 ";
        Conversion total = rows("select " + conversion, dealerId, since, until).stream()
                .map(r -> conversion(r, 0))
                .findFirst()
                .orElse(Conversion.of(0, 0, 0, 0, 0));

        Map<String, Conversion> perConsultant = new LinkedHashMap<>();
        for (Object[] row : rows(
                "select r.consultant_id, " + conversion + "group by r.consultant_id order by count(*) desc",
                dealerId,
                since,
                until)) {
            perConsultant.put(key(row[0]), conversion(row, 1));
        }
        List<String> consultantIds = new ArrayList<>(perConsultant.keySet());
        asksPerConsultant.keySet().stream()
                .filter(k -> !perConsultant.containsKey(k))
                .forEach(consultantIds::add);
        List<ConsultantRow> consultants = consultantIds.stream()
                .map(k -> {
                    long[] a = asksPerConsultant.getOrDefault(k, new long[2]);
                    return new ConsultantRow(
                            k.isEmpty() ? null : k,
                            a[0],
                            a[1],
                            perConsultant.getOrDefault(k, Conversion.of(0, 0, 0, 0, 0)));
                })
                .toList();

        List<ReferrerRow> referrers = rows(
                        "select r.referrer_lead_id, max(p.name), max(r.consultant_id), "
                                + conversion.replace(
                                        "where r.dealer_id",
                                        "left join customer p on p.dealer_id = r.dealer_id and p.lead_id = "
                                                + "r.referrer_lead_id where r.dealer_id")
                                + "group by r.referrer_lead_id order by count(*) desc, r.referrer_lead_id limit "
                                + MAX_REFERRERS,
                        dealerId,
                        since,
                        until)
                .stream()
                .map(r -> new ReferrerRow((UUID) r[0], (String) r[1], (String) r[2], conversion(r, 3)))
                .toList();
        return new Report(dealerId, start, end, zone.getId(), asks, total, consultants, referrers);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String dealerId, Instant since, Instant until) {
        return em.createNativeQuery(sql)
                .setParameter(1, dealerId)
                .setParameter(2, since)
                .setParameter(3, until)
                .getResultList();
    }

    private static String key(Object consultant) {
        return consultant == null ? "" : (String) consultant;
    }

    private static Conversion conversion(Object[] row, int at) {
        return Conversion.of(
                ((Number) row[at]).longValue(),
                ((Number) row[at + 1]).longValue(),
                ((Number) row[at + 2]).longValue(),
                ((Number) row[at + 3]).longValue(),
                ((Number) row[at + 4]).longValue());
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
