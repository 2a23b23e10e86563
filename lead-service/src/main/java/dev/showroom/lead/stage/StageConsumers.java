package dev.showroom.lead.stage;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.lead.campaign.Campaigns;
import dev.showroom.lead.defeat.Defeats;
import dev.showroom.lead.intake.Capture;
import dev.showroom.lead.intake.LeadIntake;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.DefeatReason;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import dev.showroom.platform.events.PoisonEventException;
import dev.showroom.platform.phone.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/** The lead's stage follows the other services: each event is applied once, in any order Kafka allows. */
@ApplicationScoped
public class StageConsumers {

    @Inject
    StageProgress progress;

    @Inject
    LeadIntake intake;

    @Inject
    Campaigns campaigns;

    @Inject
    LeadEvents events;

    @Inject
    Defeats defeats;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.VISIT_RECORDED, Events.VisitRecorded.class, this::onVisit)
                .state(Topics.VISIT_CONTACT, Events.VisitContact.class, this::onVisitContact)
                .event(Topics.NEEDS_ANALYSED, Events.NeedsAnalysed.class, this::onNeedsAnalysed)
                .event(Topics.PRESENTATION_RECORDED, Events.PresentationRecorded.class, this::onPresentation)
                .event(Topics.TESTDRIVE_COMPLETED, Events.TestDriveCompleted.class, this::onTestDriveCompleted)
                .event(Topics.QUOTE_ISSUED, Events.QuoteIssued.class, this::onQuoteIssued)
                .event(Topics.ORDER_SIGNED, Events.OrderSigned.class, this::onOrderSigned)
                .event(Topics.ORDER_CANCELLED, Events.OrderCancelled.class, this::onOrderCancelled)
                .event(Topics.ORDER_DELIVERED, Events.OrderDelivered.class, this::onOrderDelivered)
                .state(Topics.REFERRAL_CONTACT, Events.ReferralContact.class, this::onReferralContact);
    }

    /**
     * A walk-in of a known lead is a showroom visit; an unassigned lead gets the visit's consultant. A visit of
     * an unknown visitor (no leadId) is taken from visit.contact, which carries the contact.
     */
    void onVisit(IncomingEvent<Events.VisitRecorded> event) {
        Events.VisitRecorded v = event.payload();
        if (v.leadId() == null) {
            return;
        }
        Lead lead = progress.lead(v.leadId(), event.topic());
        if (lead == null) {
            return;
        }
        if (lead.consultantId == null && v.consultantId() != null) {
            lead.consultantId = v.consultantId();
            events.assigned(lead, null, "visit", v.occurredAt());
        }
        if ("WALK_IN".equals(v.kind())) {
            progress.reach(lead, Stage.VISITED, v.occurredAt());
        }
        progress.contact(lead, orNow(v.occurredAt(), event));
    }

    /**
     * An unknown visitor's contact (visit.contact, compacted): a new lead (channel WALK_IN or PHONE, the first
     * model presented, the visit's consultant, visitId) or a merge into the lead with that phone; a walk-in
     * reaches VISITED. A tombstone (the visit was linked, or the person erased) changes nothing.
     */
    void onVisitContact(IncomingEvent<Events.VisitContact> event) {
        Events.VisitContact v = event.payload();
        boolean walkIn = "WALK_IN".equals(v.kind());
        Capture capture = Capture.of(
                        v.name(),
                        v.phone(),
                        v.email(),
                        walkIn ? Channel.WALK_IN : Channel.PHONE,
                        null,
                        LeadEvents.blankToNull(v.modelOfInterest()),
                        null,
                        LeadEvents.blankToNull(v.consultantId()),
                        "visit")
                .withVisit(v.visitId());
        // the campaign the reception named (a campaign not the dealer's is ignored, as on the public form)
        UUID campaign = campaigns.known(v.campaignId());
        LeadIntake.Captured captured = capture(event, capture, campaign);
        Lead lead = captured.lead();
        campaigns.attribute(lead, campaign);
        if (walkIn) {
            progress.reach(lead, Stage.VISITED, orNow(v.occurredAt(), event));
        }
        progress.contact(lead, orNow(v.occurredAt(), event));
    }

    /**
     * A needs analysis (step 4) takes the lead to NEEDS_ANALYSED (from when it was first recorded); the model and
     * trim it recommends are kept with the lead, the latest announcement's winning (by its ce_time: a redelivered
     * or older revision does not overwrite a newer one).
     */
    void onNeedsAnalysed(IncomingEvent<Events.NeedsAnalysed> event) {
        Events.NeedsAnalysed n = event.payload();
        Lead lead = progress.lead(n.leadId(), event.topic());
        if (lead == null) {
            return;
        }
        progress.needsAnalysed(
                lead,
                LeadEvents.blankToNull(n.recommendedModel()),
                LeadEvents.blankToNull(n.recommendedTrim()),
                orNow(n.analysedAt(), event),
                event.time());
    }

    /** A product presentation (step 5) takes the lead to PRESENTED. */
    void onPresentation(IncomingEvent<Events.PresentationRecorded> event) {
        Lead lead = progress.lead(event.payload().leadId(), event.topic());
        if (lead != null) {
            progress.reach(lead, Stage.PRESENTED, orNow(event.payload().presentedAt(), event));
        }
    }

    void onTestDriveCompleted(IncomingEvent<Events.TestDriveCompleted> event) {
        Lead lead = progress.lead(event.payload().leadId(), event.topic());
        if (lead != null) {
            progress.reach(lead, Stage.TEST_DRIVEN, orNow(event.payload().completedAt(), event));
            progress.contact(lead, orNow(event.payload().completedAt(), event));
        }
    }

    void onQuoteIssued(IncomingEvent<Events.QuoteIssued> event) {
        Lead lead = progress.lead(event.payload().leadId(), event.topic());
        if (lead != null) {
            progress.reach(lead, Stage.QUOTED, orNow(event.payload().issuedAt(), event));
            progress.contact(lead, orNow(event.payload().issuedAt(), event));
        }
    }

    void onOrderSigned(IncomingEvent<Events.OrderSigned> event) {
        Lead lead = progress.lead(event.payload().leadId(), event.topic());
        if (lead != null) {
            progress.ordered(
                    lead, event.payload().orderId(), orNow(event.payload().signedAt(), event));
        }
    }

    /**
     * The lead goes back to where it was before the order; with the reason's category (order.cancelled since
     * 2.9.0) the lost sale is a defeat of the lead ({@link Defeats#orderCancelled}), counted in the defeat analysis.
     */
    void onOrderCancelled(IncomingEvent<Events.OrderCancelled> event) {
        if (event.payload().orderId() == null) {
            throw new PoisonEventException("order.cancelled without orderId");
        }
        Events.OrderCancelled c = event.payload();
        Lead lead = progress.lead(c.leadId(), event.topic());
        if (lead == null) {
            return;
        }
        boolean first = CancelledOrder.findById(c.orderId()) == null;
        progress.cancelled(lead, c.orderId());
        if (first && c.reasonCategory() != null) {
            // the lost sale counts in the defeat analysis (since 2.9.0 the event says why)
            defeats.orderCancelled(
                    lead,
                    DefeatReason.fromCategory(c.reasonCategory()),
                    c.competitorBrand(),
                    c.competitorModel(),
                    orNow(c.cancelledAt(), event));
        }
    }

    void onOrderDelivered(IncomingEvent<Events.OrderDelivered> event) {
        Lead lead = progress.lead(event.payload().leadId(), event.topic());
        if (lead != null) {
            progress.delivered(
                    lead, event.payload().orderId(), orNow(event.payload().deliveredAt(), event));
        }
    }

    /**
     * A customer referred someone (referral.contact, compacted): a new prospect linked to the referrer (merged
     * if the phone is known). A tombstone (the lead is known, or the person erased) changes nothing.
     */
    void onReferralContact(IncomingEvent<Events.ReferralContact> event) {
        Events.ReferralContact r = event.payload();
        if (r.referralId() == null || r.referrerLeadId() == null) {
            throw new PoisonEventException(event.topic() + " " + event.id() + " without referralId or referrerLeadId");
        }
        Capture capture = Capture.of(
                        r.name(),
                        r.phone(),
                        null,
                        Channel.CUSTOMER_REFERRAL,
                        LeadEvents.blankToNull(r.relation()),
                        null,
                        null,
                        LeadEvents.blankToNull(r.consultantId()),
                        "referral")
                .withReferrer(r.referrerLeadId(), r.referralId(), r.consentAt());
        capture(event, capture);
    }

    private LeadIntake.Captured capture(IncomingEvent<?> event, Capture capture) {
        return capture(event, capture, null);
    }

    private LeadIntake.Captured capture(IncomingEvent<?> event, Capture capture, UUID campaignId) {
        if (capture.name() == null || capture.name().isBlank()) {
            throw new PoisonEventException(event.topic() + " " + event.id() + " has a contact without a name");
        }
        try {
            return intake.capture(dev.showroom.platform.tenancy.DealerContext.current(), capture, campaignId);
        } catch (PhoneNumbers.InvalidPhoneException e) {
            throw new PoisonEventException(event.topic() + " " + event.id() + ": phone is " + e.getMessage());
        }
    }

    private static Instant orNow(Instant at, IncomingEvent<?> event) {
        return at != null ? at : event.time();
    }
}
