package dev.showroom.visit.preparation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The items of the etiquette and appearance scorecard (seed 000, staff etiquette), each scored 1..5, and the
 * figures of a consultant's scores over a period: the mean per item and overall, and the weakest item.
 */
public enum EtiquetteItem {
    /** Uniform dress, grooming and a smile. */
    APPEARANCE,
    /** Standing and walking. */
    POSTURE,
    HANDSHAKE,
    /** Giving and taking a business card. */
    BUSINESS_CARD,
    /** Tone and pace of speech. */
    TONE;

    public record Figures(
            int scores, Map<EtiquetteItem, BigDecimal> byItem, BigDecimal overall, EtiquetteItem weakest) {}

    /** The figures of a set of scorecards, each an item → score map; null means without scores. */
    public static Figures figures(List<Map<EtiquetteItem, Integer>> cards) {
        Map<EtiquetteItem, BigDecimal> byItem = new EnumMap<>(EtiquetteItem.class);
        if (cards.isEmpty()) {
            return new Figures(0, byItem, null, null);
        }
        long all = 0;
        EtiquetteItem weakest = null;
        long weakestSum = Long.MAX_VALUE;
        for (EtiquetteItem item : values()) {
            long sum = cards.stream().mapToLong(c -> c.get(item)).sum();
            all += sum;
            byItem.put(item, mean(sum, cards.size()));
            if (sum < weakestSum) {
                weakestSum = sum;
                weakest = item;
            }
        }
        return new Figures(cards.size(), byItem, mean(all, (long) cards.size() * values().length), weakest);
    }

    static BigDecimal mean(long sum, long n) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
