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
                        Stage.PRESENTED,
                        Stage.TEST_DRIVEN,
                        Stage.QUOTED,
                        Stage.ORDERED,
                        Stage.DELIVERED),
                List.of(Stage.values()));
        // the funnel counts "at least this stage" by the stored rank: V4_19 moved the ranks from TEST_DRIVEN on
        assertEquals(2, Stage.PRESENTED.rank());
        assertEquals(3, Stage.TEST_DRIVEN.rank());
        assertEquals(6, Stage.DELIVERED.rank());
    }

    @Test
    void theStageIsTheFurthestMilestoneWhateverOrderTheyCameIn() {
        Lead lead = new Lead();
        lead.presentedAt = Instant.now();
        lead.recomputeStage();
        assertEquals(Stage.PRESENTED, lead.stage);
        assertEquals(2, lead.stageRank);
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
}
