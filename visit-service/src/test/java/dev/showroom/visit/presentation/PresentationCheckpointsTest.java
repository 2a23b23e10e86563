package dev.showroom.visit.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.contracts.Events;
import dev.showroom.visit.reception.CheckpointCode;
import dev.showroom.visit.reception.VisitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresentationCheckpointsTest {

    @Test
    void everyPresentationIsScoredOnSeed002sThreeRules() {
        PresentationCheckpoints c = new PresentationCheckpoints(true, false, true);
        assertEquals(
                List.of(
                        new Events.Checkpoint("BIGGEST_BENEFIT_FIRST", true),
                        new Events.Checkpoint("CUSTOMER_TOOK_PART", false),
                        new Events.Checkpoint("NO_COMPETITOR_RUN_DOWN", true)),
                c.scored());
        assertEquals(2, c.met());
        assertEquals(0, new PresentationCheckpoints(false, false, false).met());
        // each is a checkpoint of the presentation step, apart from reception's
        c.scored().forEach(s -> assertEquals(VisitKind.PRESENTATION, CheckpointCode.valueOf(s.code()).kind));
    }

    @Test
    void reactionsAreCountedAndANeedNeedsItsAnalysis() {
        List<PresentedPoint> points = List.of(
                new PresentedPoint(null, "Range", true, null),
                new PresentedPoint(null, "Boot", false, CustomerNeed.FAMILY),
                new PresentedPoint(null, "Seats", true, CustomerNeed.RECREATION));
        assertEquals(2, PresentationCheckpoints.reactedTo(points));
        assertEquals(1, PresentationCheckpoints.needWithoutAnalysis(points, false));
        assertEquals(-1, PresentationCheckpoints.needWithoutAnalysis(points, true));
        assertEquals(-1, PresentationCheckpoints.needWithoutAnalysis(points.subList(0, 1), false));
    }
}
