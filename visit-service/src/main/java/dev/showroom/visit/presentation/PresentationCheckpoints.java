package dev.showroom.visit.presentation;

import dev.showroom.contracts.Events;
import dev.showroom.visit.reception.CheckpointCode;
import java.util.List;

/**
 * Seed 002's rules for presenting the product (docs/process.md, step 5), each recorded met or missed: the
 * biggest benefit first, the customer takes part, no competitor is run down. Every presentation counts all
 * three in compliance, whether or not a competitor came up: running one down unprompted is the worse miss.
 */
public record PresentationCheckpoints(
        boolean biggestBenefitFirst, boolean customerTookPart, boolean noCompetitorRunDown) {

    public List<Events.Checkpoint> scored() {
        return List.of(
                new Events.Checkpoint(CheckpointCode.BIGGEST_BENEFIT_FIRST.name(), biggestBenefitFirst),
                new Events.Checkpoint(CheckpointCode.CUSTOMER_TOOK_PART.name(), customerTookPart),
                new Events.Checkpoint(CheckpointCode.NO_COMPETITOR_RUN_DOWN.name(), noCompetitorRunDown));
    }

    public long met() {
        return scored().stream().filter(Events.Checkpoint::met).count();
    }

    /** How many points the customer reacted to: the interest the presentation raised. */
    public static int reactedTo(List<PresentedPoint> points) {
        return (int) points.stream().filter(PresentedPoint::reacted).count();
    }

    /**
     * The first point linked to a need while no needs analysis is named, or -1: the link names an item of a
     * needs analysis of the customer, so the analysis must be given.
     */
    public static int needWithoutAnalysis(List<PresentedPoint> points, boolean analysisNamed) {
        if (analysisNamed) {
            return -1;
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).need() != null) {
                return i;
            }
        }
        return -1;
    }
}
