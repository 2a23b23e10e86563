package dev.showroom.lead.funnel;

import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Period;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report counted per key in native SQL over one dealer's rows of a period (days in the dealer's time zone), a
 * consultant's own rows only for a consultant: the objection and defeat reports use it.
 */
@RequestScoped
public class Breakdown {

    /** One key's counts, in the order of the query's count columns. */
    public record Row(String key, List<Long> counts) {}

    public record Result(Period period, String consultantId, List<Row> rows) {}

    @Inject
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    /**
     * {@code select <key> as k, <counts> from <table> t where t.dealer_id = :dealer and t.<timeColumn> in the period
     * [and <where>] [and t.consultant_id = :consultant] group by k}, most frequent first.
     */
    public Result count(
            String table,
            String timeColumn,
            String key,
            String counts,
            String where,
            String from,
            String to,
            String consultantId,
            Map<String, Object> params) {
        DealerProfile profile = profiles.of(staff.dealerId());
        Period period = Period.parse(from, to, profile.zone(), clock);
        String consultant = staff.seesOnlyOwn() ? staff.id() : blankToNull(consultantId);
        StringBuilder sql = new StringBuilder("select ")
                .append(key)
                .append(" as k, ")
                .append(counts)
                .append(" from ")
                .append(table)
                .append(" t where t.dealer_id = :dealer and t.")
                .append(timeColumn)
                .append(" >= :from and t.")
                .append(timeColumn)
                .append(" < :to");
        if (where != null) {
            sql.append(" and ").append(where);
        }
        if (consultant != null) {
            sql.append(" and t.consultant_id = :consultant");
        }
        sql.append(" group by k order by 2 desc, k");
        Query q = em.createNativeQuery(sql.toString())
                .setParameter("dealer", profile.dealerId)
                .setParameter("from", period.start())
                .setParameter("to", period.end());
        if (consultant != null) {
            q.setParameter("consultant", consultant);
        }
        params.forEach(q::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            List<Long> n = new ArrayList<>();
            for (int i = 1; i < r.length; i++) {
                n.add(FunnelQueries.n(r[i]));
            }
            rows.add(new Row(r[0] == null ? null : r[0].toString(), n));
        }
        return new Result(period, consultant, rows);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
