package dev.showroom.lead.prospect;

import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.phone.PhoneNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A lead as staff see it. A receptionist gets the name to greet people, not the contact details.
 * {@code recommendedModel}/{@code recommendedTrim}: what the latest needs analysis recommended;
 * {@code priceBeforeValue}: the first quote came before any needs analysis and test drive ({@link PriceBeforeValue}).
 */
public record LeadView(
        UUID id,
        String dealerId,
        String name,
        String phone,
        String email,
        Channel channel,
        String sourceDetail,
        String modelOfInterest,
        BigDecimal budget,
        PurchaseTimeframe purchaseTimeframe,
        Grade suggestedGrade,
        String notes,
        boolean consentContact,
        Instant consentAt,
        String consultantId,
        Grade grade,
        Stage stage,
        Instant nextFollowUpAt,
        Instant lastFollowUpAt,
        Instant firstContactAt,
        Instant lastContactAt,
        boolean overdue,
        Qualification qualification,
        Defeat defeat,
        UUID referrerLeadId,
        String recommendedModel,
        String recommendedTrim,
        boolean priceBeforeValue,
        UUID campaignId,
        boolean erased,
        Instant createdAt,
        long version)
        implements Versioned {

    public record Qualification(boolean need, boolean means, boolean authority, String note, Instant qualifiedAt) {}

    /** The current defeat: its reason, note and time, and the analysis ({@link dev.showroom.lead.prospect.Defeat}). */
    public record Defeat(
            DefeatReason reason,
            String note,
            Instant defeatedAt,
            UUID id,
            ObjectionCategory objection,
            String competitorBrand,
            String competitorModel,
            Stage stageReached,
            dev.showroom.lead.prospect.Defeat.Review review) {

        static Defeat of(Lead l) {
            dev.showroom.lead.prospect.Defeat d =
                    l.defeatId == null ? null : dev.showroom.lead.prospect.Defeat.findById(l.defeatId);
            return d == null
                    ? new Defeat(l.defeatReason, l.defeatNote, l.defeatedAt, null, null, null, null, null, null)
                    : new Defeat(
                            l.defeatReason,
                            l.defeatNote,
                            l.defeatedAt,
                            d.id,
                            d.objection,
                            d.competitorBrand,
                            d.competitorModel,
                            d.stageReached,
                            d.review);
        }
    }

    /** {@code today}: the dealer's date, on which the purchase timeframe suggests the grade. */
    public static LeadView full(Lead l, Instant now, LocalDate today) {
        return new LeadView(
                l.id,
                l.dealerId,
                l.name,
                l.phone,
                l.email,
                l.channel,
                l.sourceDetail,
                l.modelOfInterest,
                l.budget,
                l.purchaseTimeframe,
                l.purchaseTimeframe == null ? null : l.purchaseTimeframe.suggestedGrade(today),
                l.notes,
                l.consentContact,
                l.consentAt,
                l.consultantId,
                l.grade,
                l.stage,
                l.nextFollowUpAt,
                l.lastFollowUpAt,
                l.firstContactAt,
                l.lastContactAt,
                l.overdue(now),
                new Qualification(
                        l.needConfirmed, l.meansConfirmed, l.authorityConfirmed, l.qualificationNote, l.qualifiedAt),
                l.defeatedAt == null ? null : Defeat.of(l),
                l.referrerLeadId,
                l.recommendedModel,
                l.recommendedTrim,
                l.priceBeforeValue,
                l.campaignId,
                l.erased(),
                l.createdAt,
                l.version);
    }

    /** For the reception desk: who the person is and who looks after them. */
    public static LeadView greeting(Lead l, Instant now) {
        return new LeadView(
                l.id,
                l.dealerId,
                l.name,
                PhoneNumbers.masked(l.phone),
                null,
                l.channel,
                null,
                l.modelOfInterest,
                null,
                null,
                null,
                null,
                l.consentContact,
                null,
                l.consultantId,
                l.grade,
                l.stage,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                l.recommendedModel,
                l.recommendedTrim,
                false,
                l.campaignId,
                l.erased(),
                l.createdAt,
                l.version);
    }
}
