package dev.showroom.aftersales.referral;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * A referral checkpoint (docs/process.md, steps 8 and 10; seed 002: after the close, congratulate, then ask for
 * referrals): at the signing (order.signed's {@code referralsAsked}) and on a reached call-back of the dealer's
 * referral-ask days (D+3, D+7), whether the customer was asked for people of the same kind. Met or missed, per
 * consultant: the customer's consultant, whose referrals they are.
 */
@Entity
@Table(name = "referral_ask")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class ReferralAsk extends PanacheEntityBase {

    public enum Occasion {
        SIGNING,
        CALL
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public String consultantId;

    @Enumerated(EnumType.STRING)
    public Occasion occasion;

    /** The order signed, or the call-back made: one checkpoint each. */
    public UUID sourceId;

    public Integer dayOffset;
    public boolean asked;
    public Instant askedAt;

    /**
     * Records the checkpoint once per occasion and source (a redelivered order.signed finds it). The caller's
     * transaction and dealer (the event's, in a consumer) apply.
     */
    public static void record(
            UUID leadId,
            String consultantId,
            Occasion occasion,
            UUID sourceId,
            Integer dayOffset,
            boolean asked,
            Instant at) {
        if (count("occasion = ?1 and sourceId = ?2", occasion, sourceId) > 0) {
            return;
        }
        ReferralAsk a = new ReferralAsk();
        a.id = UUID.randomUUID();
        a.leadId = leadId;
        a.consultantId = consultantId;
        a.occasion = occasion;
        a.sourceId = sourceId;
        a.dayOffset = dayOffset;
        a.asked = asked;
        a.askedAt = at;
        a.persist();
    }
}
