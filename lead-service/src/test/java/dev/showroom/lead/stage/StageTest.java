package dev.showroom.lead.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.Stage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void aPresentationComesBetweenTheVisitAndTheTestDrive() {
        assertEquals(
                List.of(
                        Stage.NEW,
                        Stage.VISITED,
                        Stage.NEEDS_ANALYSED,
                        Stage.PRESENTED,
                        Stage.TEST_DRIVEN,
                        Stage.QUOTED,
                        Stage.ORDERED,
                        Stage.DELIVERED),
                List.of(Stage.values()));
        // the funnel counts "at least this stage" by the stored rank: V4_19 moved the ranks from TEST_DRIVEN on,
        // V8_1 those from PRESENTED on
        assertEquals(2, Stage.NEEDS_ANALYSED.rank());
        assertEquals(3, Stage.PRESENTED.rank());
        assertEquals(4, Stage.TEST_DRIVEN.rank());
        assertEquals(7, Stage.DELIVERED.rank());
    }

    @Test
    void theStageIsTheFurthestMilestoneWhateverOrderTheyCameIn() {
        Lead lead = new Lead();
        lead.presentedAt = Instant.now();
        lead.recomputeStage();
        assertEquals(Stage.PRESENTED, lead.stage);
        assertEquals(3, lead.stageRank);
        lead.testDrivenAt = Instant.now();
        lead.recomputeStage();
        assertEquals(Stage.TEST_DRIVEN, lead.stage);
        // a presentation after the test drive (or a late event) does not take the lead back
        lead.presentedAt = Instant.now().plusSeconds(60);
        lead.recomputeStage();
        assertEquals(Stage.TEST_DRIVEN, lead.stage);
        Lead walkedIn = new Lead();
        walkedIn.visitedAt = Instant.now();
        walkedIn.presentedAt = Instant.now();
        walkedIn.recomputeStage();
        assertEquals(Stage.PRESENTED, walkedIn.stage);
    }

    @Test
    void aNeedsAnalysisComesBetweenTheVisitAndThePresentation() {
        Instant t = Instant.parse("2026-12-01T02:00:00Z");
        Lead lead = new Lead();
        lead.visitedAt = t;
        lead.needsAnalysedAt = t.plusSeconds(600);
        lead.recomputeStage();
        assertEquals(Stage.NEEDS_ANALYSED, lead.stage);
        assertEquals(2, lead.stageRank);
        lead.presentedAt = t.plusSeconds(1200);
        lead.recomputeStage();
        assertEquals(Stage.PRESENTED, lead.stage);
        // an analysis recorded after the presentation keeps the lead PRESENTED
        Lead late = new Lead();
        late.presentedAt = t;
        late.needsAnalysedAt = t.plusSeconds(60);
        late.recomputeStage();
        assertEquals(Stage.PRESENTED, late.stage);
    }

    @Test
    void aQuoteBeforeAnyNeedsAnalysisAndTestDriveIsPriceBeforeValue() {
        Instant t = Instant.parse("2026-12-01T02:00:00Z");
        Lead lead = new Lead();
        lead.visitedAt = t;
        lead.quotedAt = t.plusSeconds(60);
        lead.recomputeStage();
        assertEquals(Stage.QUOTED, lead.stage);
        assertEquals(true, lead.priceBeforeValue);
        // a needs analysis after the quote (or its late event) does not make up for it
        lead.needsAnalysedAt = t.plusSeconds(120);
        lead.recomputeStage();
        assertEquals(true, lead.priceBeforeValue);
        // one that happened before the quote, whenever its event came, clears the flag
        lead.needsAnalysedAt = t.plusSeconds(30);
        lead.recomputeStage();
        assertEquals(false, lead.priceBeforeValue);
    }
}
