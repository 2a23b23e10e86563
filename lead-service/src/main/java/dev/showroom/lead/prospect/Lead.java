package dev.showroom.lead.prospect;

import dev.showroom.platform.persistence.InsertIfAbsent;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A prospect: one person, one lead per dealer (unique normalised phone). */
@Entity
@Table(name = "lead")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Lead extends PanacheEntityBase {

    public static final String ERASED_NAME = "(erased)";

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String name;
    public String phone;
    public String email;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String sourceDetail;
    public String modelOfInterest;
    public BigDecimal budget;

    @Enumerated(EnumType.STRING)
    public PurchaseTimeframe purchaseTimeframe;

    public String notes;
    public boolean consentContact;
    public Instant consentAt;
    public String consultantId;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Enumerated(EnumType.STRING)
    public Grade gradeBeforeOrder;

    @Enumerated(EnumType.STRING)
    public Grade gradeBeforeDefeat;

    @Enumerated(EnumType.STRING)
    public Stage stage = Stage.NEW;

    public int stageRank;
    // when each stage was first reached: the stage is the furthest one, so events may come in any order
    public Instant visitedAt;
    public Instant needsAnalysedAt;
    public Instant presentedAt;
    public Instant testDrivenAt;
    public Instant quotedAt;
    public Instant orderedAt;
    public Instant deliveredAt;
    /** The model and trim (catalogue codes) the latest needs analysis recommended. */
    public String recommendedModel;

    public String recommendedTrim;
    /** When the recommendation kept was announced (the newest wins). */
    public Instant recommendedAt;
    /** The first quote came before any needs analysis and any test drive ({@link PriceBeforeValue}). */
    public boolean priceBeforeValue;

    public Instant nextFollowUpAt;
    public Instant lastFollowUpAt;
    /** The first contact of any kind (docs/process.md, "Lead response time"): the lead's wait ends there. */
    public Instant firstContactAt;
    /** Who owned the lead at its first contact: the response time is theirs. */
    public String firstContactConsultantId;
    /** The latest contact of any kind (follow-up, visit or call, test drive, quote): the cadence counts from it. */
    public Instant lastContactAt;
    /** When the response-time check was done with this lead (reassigned, or nobody to hand it to). */
    public Instant responseCheckedAt;

    public boolean needConfirmed;
    public boolean meansConfirmed;
    public boolean authorityConfirmed;
    public String qualificationNote;
    public Instant qualifiedAt;

    @Enumerated(EnumType.STRING)
    public DefeatReason defeatReason;

    public String defeatNote;
    public Instant defeatedAt;
    /** The current defeat's analysis ({@link Defeat}), while the lead is defeated. */
    public UUID defeatId;

    public UUID referrerLeadId;
    /** The marketing event or campaign the lead came from (campaign package), the first one it was captured for. */
    public UUID campaignId;

    public UUID visitId;
    public Instant erasedAt;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Inserts the new lead (its id and every field set; not persisted) unless the current dealer knows its phone:
     * the managed lead as written, or null when a lead with the phone exists (a concurrent capture's, once it
     * committed). One statement ({@link InsertIfAbsent}, which stamps the dealer as a persist does); the lead given is
     * then the managed one.
     */
    public static Lead insertIfAbsent(Lead lead) {
        return InsertIfAbsent.insert(getEntityManager(), lead, PHONE_KEY) ? lead : null;
    }

    /** The unique index of a dealer's phones: one person, one lead. */
    static final String PHONE_KEY = "dealer_id, phone";

    public static Lead byPhone(String e164) {
        return find("phone", e164).firstResult();
    }

    /** The furthest stage reached, from the milestones; and whether the price came before the value. */
    public void recomputeStage() {
        Stage s = Stage.NEW;
        if (visitedAt != null) {
            s = Stage.VISITED;
        }
        if (needsAnalysedAt != null) {
            s = Stage.NEEDS_ANALYSED;
        }
        if (presentedAt != null) {
            s = Stage.PRESENTED;
        }
        if (testDrivenAt != null) {
            s = Stage.TEST_DRIVEN;
        }
        if (quotedAt != null) {
            s = Stage.QUOTED;
        }
        if (orderedAt != null) {
            s = Stage.ORDERED;
        }
        if (deliveredAt != null) {
            s = Stage.DELIVERED;
        }
        stage = s;
        stageRank = s.rank();
        priceBeforeValue = PriceBeforeValue.flagged(quotedAt, needsAnalysedAt, testDrivenAt);
    }

    public boolean defeated() {
        return defeatedAt != null;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /** Follow-ups by the grade's cadence stop once the customer ordered, was lost or erased. */
    public boolean followedUp() {
        return !erased() && grade != Grade.O && grade != Grade.F;
    }

    /**
     * JPQL: the leads the consultant keeps in touch with (their follow-ups are listed and counted): those followed up
     * by the grade's cadence and the customers who ordered and wait for their car. Parameters {@code closed} (O, F)
     * and {@code ordered} (O).
     */
    public static final String KEPT_IN_TOUCH = "(grade is null or grade not in (:closed) "
            + "or (grade = :ordered and orderedAt is not null and deliveredAt is null))";

    /** The customer ordered and waits for the car (grade O, not delivered): the consultant keeps in touch. */
    public boolean awaitingDelivery() {
        return !erased() && grade == Grade.O && orderedAt != null && deliveredAt == null;
    }

    /** Followed up by the grade's cadence, or waiting for the car: a next follow-up is scheduled. */
    public boolean keptInTouch() {
        return followedUp() || awaitingDelivery();
    }

    /**
     * A contact of any kind at {@code at}: the first one ends the lead's wait for a response (kept with its
     * owner then); the latest one is remembered. True when {@code at} is the latest contact now.
     */
    public boolean contacted(Instant at) {
        if (firstContactAt == null || at.isBefore(firstContactAt)) {
            if (firstContactAt == null) {
                firstContactConsultantId = consultantId;
            }
            firstContactAt = at;
        }
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
            return true;
        }
        return false;
    }

    public boolean overdue(Instant now) {
        return keptInTouch() && nextFollowUpAt != null && nextFollowUpAt.isBefore(now);
    }
}
