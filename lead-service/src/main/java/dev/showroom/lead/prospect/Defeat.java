package dev.showroom.lead.prospect;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * One defeat (战败) of a lead and its analysis: the outcome's reason, the competitor bought, the stage reached, the
 * decisive objection, and the manager's review (confirm, or reopen and reassign). A lead reopened and lost again has
 * a second one; the lead names its current one ({@code Lead.defeatId}). The rules are here and in {@link #check}.
 */
@Entity
@Table(name = "defeat")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Defeat extends PanacheEntityBase {

    public enum Review {
        PENDING,
        CONFIRMED,
        REOPENED
    }

    /** A rule a defeat's analysis broke: the field and the rule's name, for a 400 naming them. */
    public record Violation(String field, String rule, String message) {}

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public String consultantId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String model;

    @Enumerated(EnumType.STRING)
    public DefeatReason reason;

    @Enumerated(EnumType.STRING)
    public ObjectionCategory objection;

    public String competitorBrand;
    public String competitorModel;

    @Enumerated(EnumType.STRING)
    public Stage stageReached;

    public String note;
    public String defeatedBy;
    public Instant defeatedAt;

    @Enumerated(EnumType.STRING)
    public Review review = Review.PENDING;

    public String reviewedBy;
    public Instant reviewedAt;
    public String reassignedTo;

    @Version
    public long version;

    /**
     * The analysis' rules: a competitor's purchase names the brand and model (a catalogue name each, at most 100
     * characters); no other outcome names one (it would count as a competitor in the report).
     */
    public static List<Violation> check(DefeatReason reason, String competitorBrand, String competitorModel) {
        List<Violation> violations = new ArrayList<>();
        if (reason == null) {
            violations.add(new Violation("reason", "required", "reason is required"));
            return violations;
        }
        boolean brand = competitorBrand != null && !competitorBrand.isBlank();
        boolean model = competitorModel != null && !competitorModel.isBlank();
        if (reason.namesCompetitor()) {
            if (!brand) {
                violations.add(new Violation(
                        "competitorBrand", "requiredForCompetitor", "The competitor's brand is required"));
            }
            if (!model) {
                violations.add(new Violation(
                        "competitorModel", "requiredForCompetitor", "The competitor's model is required"));
            }
        } else {
            if (brand) {
                violations.add(new Violation(
                        "competitorBrand", "onlyForCompetitor", "A competitor is named only when one was bought"));
            }
            if (model) {
                violations.add(new Violation(
                        "competitorModel", "onlyForCompetitor", "A competitor is named only when one was bought"));
            }
        }
        return violations;
    }

    /** A defeat of the lead as it is now (its stage, channel, model and consultant). */
    public static Defeat of(
            Lead lead,
            DefeatReason reason,
            ObjectionCategory objection,
            String competitorBrand,
            String competitorModel,
            String note,
            String by,
            Instant at) {
        Defeat d = new Defeat();
        d.id = UUID.randomUUID();
        d.dealerId = lead.dealerId;
        d.leadId = lead.id;
        d.consultantId = lead.consultantId;
        d.channel = lead.channel;
        d.model = lead.modelOfInterest == null || lead.modelOfInterest.isBlank() ? null : lead.modelOfInterest.strip();
        d.reason = reason;
        d.objection = objection;
        d.competitorBrand = reason.namesCompetitor() ? competitorBrand.strip() : null;
        d.competitorModel = reason.namesCompetitor() ? competitorModel.strip() : null;
        d.stageReached = lead.stage;
        d.note = note;
        d.defeatedBy = by;
        d.defeatedAt = at;
        d.review = Review.PENDING;
        return d;
    }

    /** The manager confirms the defeat: only once, and not after it was reopened. */
    public void confirm(String by, Instant at) {
        if (review != Review.PENDING) {
            throw new IllegalStateException("The defeat was reviewed already (" + review + ")");
        }
        review = Review.CONFIRMED;
        reviewedBy = by;
        reviewedAt = at;
    }

    /**
     * The lead is followed up again: the manager's review, or the consultant or manager reopening it (the customer
     * came back, even after a confirmation). Not twice.
     */
    public void reopen(String by, Instant at, String reassignTo) {
        if (review == Review.REOPENED) {
            throw new IllegalStateException("The defeat was reopened already");
        }
        review = Review.REOPENED;
        reviewedBy = by;
        reviewedAt = at;
        reassignedTo = reassignTo;
    }

    public boolean pending() {
        return review == Review.PENDING;
    }
}
