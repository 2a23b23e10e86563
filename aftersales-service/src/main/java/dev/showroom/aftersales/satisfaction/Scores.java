package dev.showroom.aftersales.satisfaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The satisfaction figures, in native SQL so that the same queries serve one dealer (filtered by its id)
 * and hq (grouped by dealer; no personal data is ever selected).
 *
 * CSI = the mean of every 1-5 rating in scope, mapped linearly to 0-100: (mean - 1) / 4 * 100.
 * NPS = % promoters (9-10) minus % detractors (0-6) of the 0-10 answers, from -100 to 100.
 * Compliance = checkpoints met / checkpoints recorded * 100.
 */
@ApplicationScoped
public class Scores {

    public static final String METHOD = "CSI = mean of all 1-5 ratings mapped to 0-100 ((mean - 1) / 4 * 100); "
            + "NPS = % of 0-10 answers at 9-10 minus % at 0-6; compliance = % of recorded checkpoints met";

    public record Score(
            long surveys,
            long ratings,
            Double meanRating,
            Double csi,
            long npsAnswers,
            long promoters,
            long passives,
            long detractors,
            Double nps) {

        /**
         * From the counts: the mean rating (two places) and its CSI (one place) when there are ratings; passives and
         * the NPS (one place) from the 0-10 answers, when there are some.
         */
        public static Score of(
                long surveys, long ratings, Double mean, long npsAnswers, long promoters, long detractors) {
            return new Score(
                    surveys,
                    ratings,
                    mean == null ? null : round(mean, 2),
                    mean == null ? null : round((mean - 1) / 4 * 100, 1),
                    npsAnswers,
                    promoters,
                    npsAnswers - promoters - detractors,
                    detractors,
                    npsAnswers == 0 ? null : round(100.0 * (promoters - detractors) / npsAnswers, 1));
        }
    }

    public record Compliance(long met, long missed, Double rate) {

        /** The rate of checkpoints met (one place), when any were recorded. */
        public static Compliance of(long met, long missed) {
            return new Compliance(met, missed, met + missed == 0 ? null : round(100.0 * met / (met + missed), 1));
        }
    }

    /** Grouping of survey answers: the SQL is fixed per value, never built from input. */
    public enum By {
        ALL(""),
        STEP("a.step"),
        CONSULTANT("s.consultant_id"),
        DEALER("s.dealer_id"),
        DEALER_STEP("s.dealer_id, a.step");

        final String columns;

        By(String columns) {
            this.columns = columns;
        }

        int width() {
            return columns.isEmpty() ? 0 : columns.split(",").length;
        }
    }

    /** Grouping of checkpoint counts. */
    public enum TallyBy {
        ALL(""),
        STEP("step"),
        CHECKPOINT("checkpoint, step"),
        CONSULTANT("consultant_id"),
        CONSULTANT_CHECKPOINT("consultant_id, checkpoint, step"),
        DEALER("dealer_id"),
        DEALER_STEP("dealer_id, step");

        final String columns;

        TallyBy(String columns) {
            this.columns = columns;
        }

        int width() {
            return columns.isEmpty() ? 0 : columns.split(",").length;
        }
    }

    @Inject
    EntityManager em;

    /** Scores of the surveys completed in [from, to), keyed by the group's values joined with '|'. */
    public Map<String, Score> scores(By by, String dealerId, Instant from, Instant to) {
        String group = by.columns.isEmpty() ? "" : by.columns + ", ";
        String sql = "select " + group
                + "count(distinct s.id), "
                + "count(*) filter (where a.kind = 'RATING_1_5'), "
                + "avg(a.score) filter (where a.kind = 'RATING_1_5'), "
                + "count(*) filter (where a.kind = 'NPS_0_10'), "
                + "count(*) filter (where a.kind = 'NPS_0_10' and a.score >= 9), "
                + "count(*) filter (where a.kind = 'NPS_0_10' and a.score <= 6) "
                + "from survey s join survey_answer a on a.survey_id = s.id "
                + "where s.status = 'COMPLETED' and s.completed_at >= ?1 and s.completed_at < ?2 "
                // a lost customer's survey is about why they did not buy: it stays out of CSI and NPS
                + "and s.purpose <> 'LOST_CUSTOMER' "
                + (dealerId == null ? "" : "and s.dealer_id = ?3 ")
                + (by.columns.isEmpty() ? "" : "group by " + by.columns + " order by " + by.columns);
        var query = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
        if (dealerId != null) {
            query.setParameter(3, dealerId);
        }
        Map<String, Score> result = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = row instanceof Object[] array ? array : new Object[] {row};
            int w = by.width();
            Double mean = r[w + 2] == null ? null : ((Number) r[w + 2]).doubleValue();
            result.put(
                    key(r, w),
                    Score.of(
                            number(r[w]),
                            number(r[w + 1]),
                            mean,
                            number(r[w + 3]),
                            number(r[w + 4]),
                            number(r[w + 5])));
        }
        return result;
    }

    /** Checkpoints met and missed on the local days [from, to]. */
    public Map<String, Compliance> compliance(TallyBy by, String dealerId, LocalDate from, LocalDate to) {
        String group = by.columns.isEmpty() ? "" : by.columns + ", ";
        String sql = "select " + group + "coalesce(sum(met), 0), coalesce(sum(missed), 0) from checkpoint_tally "
                + "where day >= ?1 and day <= ?2 " + (dealerId == null ? "" : "and dealer_id = ?3 ")
                + (by.columns.isEmpty() ? "" : "group by " + by.columns + " order by " + by.columns);
        var query = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
        if (dealerId != null) {
            query.setParameter(3, dealerId);
        }
        Map<String, Compliance> result = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            int w = by.width();
            result.put(key(r, w), Compliance.of(number(r[w]), number(r[w + 1])));
        }
        return result;
    }

    /**
     * What customers said of each checkpoint in the surveys completed in [from, to): yes/no answers to the questions
     * that check a checkpoint, keyed by consultant ('' for none) and checkpoint joined with '|'. The yes answers are
     * the "met" of the compliance.
     */
    public Map<String, Compliance> customersSaid(String dealerId, Instant from, Instant to) {
        var rows = em.createNativeQuery("select coalesce(s.consultant_id, ''), a.checkpoint, "
                        + "count(*) filter (where a.yes), count(*) filter (where not a.yes) "
                        + "from survey s join survey_answer a on a.survey_id = s.id "
                        + "where s.status = 'COMPLETED' and s.completed_at >= ?1 and s.completed_at < ?2 "
                        + "and s.dealer_id = ?3 and a.checkpoint is not null "
                        + "group by 1, 2 order by 1, 2")
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, dealerId)
                .getResultList();
        Map<String, Compliance> result = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.put(key(r, 2), Compliance.of(number(r[2]), number(r[3])));
        }
        return result;
    }

    public static Score emptyScore() {
        return new Score(0, 0, null, null, 0, 0, 0, 0, null);
    }

    public static Compliance emptyCompliance() {
        return new Compliance(0, 0, null);
    }

    private static String key(Object[] r, int width) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            parts.add(r[i] == null ? "" : r[i].toString());
        }
        return String.join("|", parts);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
