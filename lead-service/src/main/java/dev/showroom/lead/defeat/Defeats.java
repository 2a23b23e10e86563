package dev.showroom.lead.defeat;

import dev.showroom.lead.followup.Grading;
import dev.showroom.lead.prospect.Defeat;
import dev.showroom.lead.prospect.DefeatReason;
import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.ObjectionCategory;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.lead.roster.Roster;
import dev.showroom.platform.http.Problem;
import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Defeating a lead, reopening it and the manager's review, in the caller's transaction (the lead locked). */
@ApplicationScoped
public class Defeats {

    @Inject
    Grading grading;

    @Inject
    LeadEvents events;

    @Inject
    Roster roster;

    @Transactional(Transactional.TxType.MANDATORY)
    public Defeat defeat(
            Lead lead,
            DefeatReason reason,
            ObjectionCategory objection,
            String competitorBrand,
            String competitorModel,
            String note,
            String by,
            Instant now) {
        List<Defeat.Violation> violations = Defeat.check(reason, competitorBrand, competitorModel);
        ProblemException.refuseIfAny(violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.rule(), v.message()))
                .toList());
        if (lead.defeated()) {
            throw ProblemException.conflict("The lead is already defeated");
        }
        if (lead.orderedAt != null) {
            throw ProblemException.conflict("The customer has ordered; cancel the order instead");
        }
        Defeat d = Defeat.of(lead, reason, objection, competitorBrand, competitorModel, note, by, now);
        d.persist();
        lead.defeatReason = reason;
        lead.defeatNote = note;
        lead.defeatedAt = now;
        lead.defeatId = d.id;
        lead.gradeBeforeDefeat = lead.grade;
        grading.grade(lead, Grade.F, now);
        events.defeated(lead, d);
        return d;
    }

    /**
     * A cancelled order is a lost sale (order.cancelled with its reason's category, the defeat analysis' own): a
     * defeat of the lead with the stage reached ORDERED and the competitor bought, if one was, waiting for the
     * manager's review like any other → lead.graded F, lead.defeated. Nothing when the lead is defeated already,
     * erased, or bought after all (delivered). A competitor's purchase without its brand and model counts as OTHER.
     *
     * @return the defeat, or null when none was recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Defeat orderCancelled(
            Lead lead, DefeatReason reason, String competitorBrand, String competitorModel, Instant at) {
        if (lead.defeated() || lead.erased() || lead.deliveredAt != null) {
            return null;
        }
        boolean named = competitorBrand != null
                && !competitorBrand.isBlank()
                && competitorModel != null
                && !competitorModel.isBlank();
        DefeatReason outcome = reason.namesCompetitor() && !named ? DefeatReason.OTHER : reason;
        Defeat d = Defeat.of(
                lead,
                outcome,
                null,
                outcome.namesCompetitor() ? competitorBrand : null,
                outcome.namesCompetitor() ? competitorModel : null,
                null,
                "order.cancelled",
                at);
        d.stageReached = Stage.ORDERED;
        d.persist();
        lead.defeatReason = outcome;
        lead.defeatNote = null;
        lead.defeatedAt = at;
        lead.defeatId = d.id;
        lead.gradeBeforeDefeat = lead.grade;
        grading.grade(lead, Grade.F, at);
        events.defeated(lead, d);
        return d;
    }

    /** The manager confirms the lead's current defeat → lead.defeat-reviewed CONFIRMED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(Lead lead, Defeat d, String by, Instant now) {
        requireCurrent(lead, d);
        if (!d.pending()) {
            throw ProblemException.conflict("The defeat was reviewed already: " + d.review);
        }
        d.confirm(by, now);
        lead.updatedAt = now;
        events.defeatReviewed(lead, d);
    }

    /**
     * The lead is followed up again: its grade before the defeat returns (C if none), optionally with another active
     * consultant of the roster → lead.graded, lead.assigned (when it changes), lead.defeat-reviewed REOPENED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(Lead lead, String by, String reassignTo, Instant now) {
        if (!lead.defeated()) {
            throw ProblemException.conflict("The lead is not defeated");
        }
        String consultant = reassignTo == null || reassignTo.isBlank() ? null : reassignTo.strip();
        if (consultant != null) {
            roster.requireConsultant(consultant, "consultantId");
        }
        Defeat d = lead.defeatId == null ? null : Defeat.findById(lead.defeatId, LockModeType.PESSIMISTIC_WRITE);
        lead.defeatReason = null;
        lead.defeatNote = null;
        lead.defeatedAt = null;
        lead.defeatId = null;
        Grade back = lead.gradeBeforeDefeat != null ? lead.gradeBeforeDefeat : Grade.C;
        lead.gradeBeforeDefeat = null;
        grading.grade(lead, back, now);
        if (consultant != null && !Objects.equals(consultant, lead.consultantId)) {
            String previous = lead.consultantId;
            lead.consultantId = consultant;
            lead.updatedAt = now;
            events.assigned(lead, previous, by, now);
        }
        if (d != null) {
            d.reopen(by, now, consultant);
            events.defeatReviewed(lead, d);
        }
    }

    private static void requireCurrent(Lead lead, Defeat d) {
        if (!lead.defeated() || !d.id.equals(lead.defeatId)) {
            throw ProblemException.conflict("The lead is no longer defeated by this defeat");
        }
    }
}
