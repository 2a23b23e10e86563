package dev.showroom.lead.funnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel read from the lead table in native SQL (so that hq can aggregate across dealers): the leads
 * created in a period, and how many of them reached at least each stage. Erased leads keep their channel,
 * consultant and stage, so they still count.
 */
@ApplicationScoped
public class FunnelQueries {

    public enum GroupBy {
        NONE("'all'"),
        CONSULTANT("coalesce(consultant_id, '(unassigned)')"),
        CHANNEL("channel"),
        DEALER("dealer_id");

        final String sql;

        GroupBy(String sql) {
            this.sql = sql;
        }
    }

    public record Filter(String dealerId, Instant from, Instant to, String consultantId, String channel) {}

    @Inject
    EntityManager em;

    /** Counts per group key, in key order. A null dealerId means every dealer (hq only). */
    public Map<String, Figures.Counts> counts(Filter f, GroupBy groupBy) {
        StringBuilder sql = new StringBuilder("select ")
                .append(groupBy.sql)
                .append(" as k, count(*), "
                        + "count(*) filter (where stage_rank >= 1), count(*) filter (where stage_rank >= 2), "
                        + "count(*) filter (where stage_rank >= 3), count(*) filter (where stage_rank >= 4), "
                        + "count(*) filter (where stage_rank >= 5), count(*) filter (where stage_rank >= 6), "
                        + "count(*) filter (where stage_rank >= 7), count(*) filter (where defeated_at is not null), "
                        + "count(*) filter (where price_before_value) "
                        + "from lead where created_at >= :from and created_at < :to");
        if (f.dealerId() != null) {
            sql.append(" and dealer_id = :dealer");
        }
        if (f.consultantId() != null) {
            sql.append(" and consultant_id = :consultant");
        }
        if (f.channel() != null) {
            sql.append(" and channel = :channel");
        }
        sql.append(" group by k order by k");
        Query q = em.createNativeQuery(sql.toString())
                .setParameter("from", f.from())
                .setParameter("to", f.to());
        if (f.dealerId() != null) {
            q.setParameter("dealer", f.dealerId());
        }
        if (f.consultantId() != null) {
            q.setParameter("consultant", f.consultantId());
        }
        if (f.channel() != null) {
            q.setParameter("channel", f.channel());
        }
        Map<String, Figures.Counts> result = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.put(
                    (String) r[0],
                    new Figures.Counts(
                            n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10])));
        }
        return result;
    }

    public Figures.Counts total(Filter f) {
        return counts(f, GroupBy.NONE).values().stream().findFirst().orElse(Figures.Counts.NONE);
    }

    /** Defeated leads per reason category, most frequent first. */
    public List<Object[]> defeatReasons(Filter f) {
        StringBuilder sql = new StringBuilder("select defeat_reason, count(*) from lead where dealer_id = :dealer "
                + "and defeated_at >= :from and defeated_at < :to");
        if (f.consultantId() != null) {
            sql.append(" and consultant_id = :consultant");
        }
        sql.append(" group by defeat_reason order by count(*) desc, defeat_reason");
        Query q = em.createNativeQuery(sql.toString())
                .setParameter("dealer", f.dealerId())
                .setParameter("from", f.from())
                .setParameter("to", f.to());
        if (f.consultantId() != null) {
            q.setParameter("consultant", f.consultantId());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** Orders a consultant signed in a period (by the date of the order, not of the lead). */
    public long ordersSigned(String dealerId, String consultantId, Instant from, Instant to) {
        return n(em.createNativeQuery("select count(*) from lead where dealer_id = :dealer and consultant_id = :c "
                        + "and ordered_at >= :from and ordered_at < :to")
                .setParameter("dealer", dealerId)
                .setParameter("c", consultantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    public static long n(Object o) {
        return ((Number) o).longValue();
    }
}
