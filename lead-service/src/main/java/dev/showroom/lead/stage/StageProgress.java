package dev.showroom.lead.stage;

import dev.showroom.lead.followup.Grading;
import dev.showroom.lead.prospect.Defeat;
import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves a lead along the funnel from other services' events. Each stage remembers when it was first
 * reached and the stage is the furthest milestone, so redelivered and late events never move a lead
 * backwards; only a cancelled order takes the lead back to where it was before the order.
 */
@ApplicationScoped
public class StageProgress {

    private static final Logger LOG = Logger.getLogger(StageProgress.class);

    @Inject
    Grading grading;

    @Inject
    Clock clock;

    /** The lead, locked, or null (with a warning) when this dealer has no such lead. */
    public Lead lead(UUID leadId, String topic) {
        Lead lead = leadId == null ? null : Lead.findById(leadId, LockModeType.PESSIMISTIC_WRITE);
        if (lead == null) {
            LOG.warnf("%s about unknown lead %s ignored", topic, leadId);
        }
        return lead;
    }

    public void reach(Lead lead, Stage stage, Instant at) {
        switch (stage) {
            case VISITED -> lead.visitedAt = earliest(lead.visitedAt, at);
            case NEEDS_ANALYSED -> lead.needsAnalysedAt = earliest(lead.needsAnalysedAt, at);
            case PRESENTED -> lead.presentedAt = earliest(lead.presentedAt, at);
            case TEST_DRIVEN -> lead.testDrivenAt = earliest(lead.testDrivenAt, at);
            case QUOTED -> lead.quotedAt = earliest(lead.quotedAt, at);
            case ORDERED -> lead.orderedAt = earliest(lead.orderedAt, at);
            case DELIVERED -> lead.deliveredAt = earliest(lead.deliveredAt, at);
            case NEW -> {}
        }
        lead.recomputeStage();
        lead.updatedAt = Instant.now(clock);
    }

    /**
     * A needs analysis recorded at {@code at} and announced at {@code announcedAt}: the lead reaches NEEDS_ANALYSED
     * and keeps the recommendation of the newest announcement.
     */
    public void needsAnalysed(Lead lead, String model, String trim, Instant at, Instant announcedAt) {
        if (lead.recommendedAt == null || !announcedAt.isBefore(lead.recommendedAt)) {
            lead.recommendedModel = model;
            lead.recommendedTrim = model == null ? null : trim;
            lead.recommendedAt = announcedAt;
        }
        reach(lead, Stage.NEEDS_ANALYSED, at);
    }

    /** A visit or call, a completed test drive, a quote: a contact, from which the next follow-up is counted. */
    public void contact(Lead lead, Instant at) {
        grading.contacted(lead, at);
    }

    public void ordered(Lead lead, UUID orderId, Instant at) {
        if (orderId != null && CancelledOrder.findById(orderId) != null) {
            return; // that order was already cancelled: its late signature changes nothing
        }
        reach(lead, Stage.ORDERED, at);
        if (lead.grade != Grade.O) {
            lead.gradeBeforeOrder = lead.grade;
            // the customer bought after all: the defeat no longer stands
            lead.defeatReason = null;
            lead.defeatNote = null;
            lead.defeatedAt = null;
            if (lead.defeatId != null) {
                Defeat d = Defeat.findById(lead.defeatId);
                if (d != null && d.review != Defeat.Review.REOPENED) {
                    d.reopen("order.signed", at, null); // no review left to do: the report counts it reopened
                }
                lead.defeatId = null;
            }
            grading.grade(lead, Grade.O, at);
        }
    }

    public void cancelled(Lead lead, UUID orderId) {
        if (CancelledOrder.findById(orderId) == null) {
            CancelledOrder c = new CancelledOrder();
            c.orderId = orderId;
            c.leadId = lead.id;
            c.persist();
        }
        if (lead.deliveredAt != null || lead.orderedAt == null) {
            return;
        }
        lead.orderedAt = null;
        lead.recomputeStage();
        if (lead.grade == Grade.O) {
            Grade back =
                    lead.gradeBeforeOrder != null && lead.gradeBeforeOrder.manual() ? lead.gradeBeforeOrder : Grade.H;
            lead.gradeBeforeOrder = null;
            grading.grade(lead, back, Instant.now(clock));
        }
    }

    public void delivered(Lead lead, UUID orderId, Instant at) {
        if (orderId != null && CancelledOrder.findById(orderId) != null) {
            return;
        }
        ordered(lead, orderId, at);
        reach(lead, Stage.DELIVERED, at);
        if (!lead.keptInTouch()) {
            lead.nextFollowUpAt = null; // the car is handed over: after-sales' calls take over
        }
    }

    private static Instant earliest(Instant current, Instant at) {
        return current == null || at.isBefore(current) ? at : current;
    }
}
