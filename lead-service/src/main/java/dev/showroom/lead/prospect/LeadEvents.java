package dev.showroom.lead.prospect;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every event lead-service produces, keyed by the lead id so one customer's events stay in order. */
@ApplicationScoped
public class LeadEvents {

    @Inject
    Outbox outbox;

    /** Ids only: the person's name and phone go to lead.contact ({@link #contact}). */
    public void created(Lead lead, UUID referralId) {
        publish(
                Topics.LEAD_CREATED,
                lead,
                new Events.LeadCreated(
                        lead.id,
                        lead.dealerId,
                        lead.channel.name(),
                        lead.consultantId,
                        blankToNull(lead.modelOfInterest),
                        lead.referrerLeadId,
                        referralId,
                        lead.visitId,
                        lead.createdAt,
                        lead.campaignId));
    }

    /**
     * The lead's current name and phone on the compacted lead.contact, for the staff services (never on a
     * domain event: docs/reliability.md, item 11). Written whenever they change (when the lead is made, and when a
     * merge adds the e-mail or the consent to be contacted: aftersales-service messages only consenting leads).
     */
    public void contact(Lead lead) {
        publish(
                Topics.LEAD_CONTACT,
                lead,
                new Events.LeadContact(
                        lead.id,
                        lead.dealerId,
                        lead.name,
                        lead.phone,
                        lead.updatedAt != null ? lead.updatedAt : lead.createdAt,
                        lead.email,
                        lead.consentContact));
    }

    public void assigned(Lead lead, String previousConsultantId, String assignedBy, Instant at) {
        publish(
                Topics.LEAD_ASSIGNED,
                lead,
                new Events.LeadAssigned(
                        lead.id, lead.dealerId, lead.consultantId, previousConsultantId, blankToNull(assignedBy), at));
    }

    public void graded(Lead lead, Grade previous, Instant at) {
        publish(
                Topics.LEAD_GRADED,
                lead,
                new Events.LeadGraded(
                        lead.id,
                        lead.dealerId,
                        lead.grade.name(),
                        previous == null ? null : previous.name(),
                        lead.nextFollowUpAt,
                        at));
    }

    public void qualified(Lead lead) {
        // v2: the qualification note stays here (a free text about the person: item 11)
        publish(
                Topics.LEAD_QUALIFIED,
                lead,
                new Events.LeadQualified(
                        lead.id,
                        lead.dealerId,
                        lead.consultantId,
                        blankToNull(lead.modelOfInterest),
                        lead.qualifiedAt));
    }

    public void defeated(Lead lead, Defeat d) {
        // v2: the defeat note stays here (a free text about the person: item 11)
        publish(
                Topics.LEAD_DEFEATED,
                lead,
                new Events.LeadDefeated(
                        lead.id,
                        lead.dealerId,
                        lead.consultantId,
                        d.reason.name(),
                        d.defeatedAt,
                        d.id,
                        d.objection == null ? null : d.objection.name(),
                        d.competitorBrand,
                        d.competitorModel,
                        d.stageReached.name()));
    }

    /** The manager's review: CONFIRMED or REOPENED (also when the lead's owner reopens it), no note. */
    public void defeatReviewed(Lead lead, Defeat d) {
        publish(
                Topics.LEAD_DEFEAT_REVIEWED,
                lead,
                new Events.LeadDefeatReviewed(
                        d.id,
                        lead.id,
                        lead.dealerId,
                        lead.consultantId,
                        d.review.name(),
                        d.reason.name(),
                        d.reviewedBy,
                        d.reviewedAt));
    }

    /**
     * The erasure: the other services erase their copies, and lead.contact gets a tombstone for the lead, after
     * which compaction removes the person's contact from the broker. Both in the caller's transaction.
     */
    public void erasureRequested(Lead lead, List<UUID> mergedReferrals) {
        publish(
                Topics.CUSTOMER_ERASURE_REQUESTED,
                lead,
                new Events.CustomerErasureRequested(lead.id, lead.dealerId, lead.erasedAt, mergedReferrals));
        outbox.tombstone(Topics.LEAD_CONTACT, lead.id, lead.id);
    }

    private void publish(String topic, Lead lead, Object payload) {
        outbox.publish(topic, lead.id, lead.id, payload);
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
