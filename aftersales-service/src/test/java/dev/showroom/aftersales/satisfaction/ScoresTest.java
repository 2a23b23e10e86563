package dev.showroom.aftersales.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.aftersales.satisfaction.Scores.Compliance;
import dev.showroom.aftersales.satisfaction.Scores.Score;
import org.junit.jupiter.api.Test;

/** The dashboard's CSI, NPS and compliance from their counts: plain rules, no Quarkus, no database. */
class ScoresTest {

    @Test
    void csiMapsTheMeanRatingTo0To100AndNpsIsPromotersMinusDetractors() {
        // 10 answers: 5 promoters (9-10), 3 passives (7-8), 2 detractors (0-6) -> 50 % - 20 % = 30
        Score s = Score.of(4, 12, 4.25, 10, 5, 2);
        assertEquals(4, s.surveys());
        assertEquals(12, s.ratings());
        assertEquals(4.25, s.meanRating());
        assertEquals(81.3, s.csi(), "(4.25 - 1) / 4 * 100 = 81.25, half up to one place");
        assertEquals(3, s.passives());
        assertEquals(30.0, s.nps());
    }

    @Test
    void theNpsRunsFromMinus100To100AndRoundsToOnePlace() {
        assertEquals(100.0, Score.of(1, 0, null, 3, 3, 0).nps());
        assertEquals(-100.0, Score.of(1, 0, null, 3, 0, 3).nps());
        assertEquals(33.3, Score.of(1, 0, null, 3, 1, 0).nps());
        assertEquals(-66.7, Score.of(1, 0, null, 3, 0, 2).nps());
        assertEquals(1.0, Score.of(1, 1, 1.0, 0, 0, 0).meanRating());
        assertEquals(0.0, Score.of(1, 1, 1.0, 0, 0, 0).csi());
        assertEquals(100.0, Score.of(1, 1, 5.0, 0, 0, 0).csi());
        assertEquals(3.67, Score.of(1, 3, 11.0 / 3, 0, 0, 0).meanRating());
    }

    @Test
    void withoutAnswersTheScoresAreEmptyNotZero() {
        Score s = Score.of(0, 0, null, 0, 0, 0);
        assertNull(s.meanRating());
        assertNull(s.csi());
        assertNull(s.nps());
        assertEquals(Scores.emptyScore(), s);
        assertNull(Compliance.of(0, 0).rate());
        assertEquals(Scores.emptyCompliance(), Compliance.of(0, 0));
    }

    @Test
    void complianceIsTheShareOfRecordedCheckpointsMet() {
        assertEquals(66.7, Compliance.of(2, 1).rate());
        assertEquals(100.0, Compliance.of(5, 0).rate());
        assertEquals(0.0, Compliance.of(0, 4).rate());
    }
}
