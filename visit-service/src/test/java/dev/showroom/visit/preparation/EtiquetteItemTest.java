package dev.showroom.visit.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit: a consultant's scorecard over a period. */
class EtiquetteItemTest {

    static Map<EtiquetteItem, Integer> card(int appearance, int posture, int handshake, int card, int tone) {
        return Map.of(
                EtiquetteItem.APPEARANCE, appearance,
                EtiquetteItem.POSTURE, posture,
                EtiquetteItem.HANDSHAKE, handshake,
                EtiquetteItem.BUSINESS_CARD, card,
                EtiquetteItem.TONE, tone);
    }

    @Test
    void meansPerItemOverallAndTheWeakestItem() {
        var f = EtiquetteItem.figures(List.of(card(5, 4, 5, 3, 4), card(3, 4, 5, 3, 1)));
        assertEquals(2, f.scores());
        assertEquals(new BigDecimal("4.00"), f.byItem().get(EtiquetteItem.APPEARANCE));
        assertEquals(new BigDecimal("2.50"), f.byItem().get(EtiquetteItem.TONE));
        assertEquals(new BigDecimal("3.70"), f.overall());
        assertEquals(EtiquetteItem.TONE, f.weakest());
    }

    @Test
    void aTieNamesTheFirstItemAndNoScoresNoFigures() {
        assertEquals(
                EtiquetteItem.APPEARANCE,
                EtiquetteItem.figures(List.of(card(3, 3, 3, 3, 3))).weakest());
        var none = EtiquetteItem.figures(List.of());
        assertEquals(0, none.scores());
        assertNull(none.overall());
        assertNull(none.weakest());
    }
}
