package dev.showroom.lead.stage;

import dev.showroom.contracts.Events;
import dev.showroom.lead.intake.Capture;
import dev.showroom.lead.intake.LeadIntake;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.platform.events.IncomingEvent;
import dev.showroom.platform.events.PoisonEventException;
import dev.showroom.platform.phone.PhoneNumbers;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The lead's stage follows the other services: each event is applied once, in any order Kafka allows. */
@ApplicationScoped
public class StageConsumers {

    @Inject
    EventInbox inbox;

    @Inject
    StageProgress progress;

    @Inject
    LeadIntake intake;

    @Inject
    LeadEvents events;

    /**
     * A walk-in of a known lead is a showroom visit; an unassigned lead gets the visit's consultant. A visit of
     * an unknown visitor (no leadId) is taken from visit.contact, which carries the contact.
     */
    @Incoming("visit-recorded")
    @Blocking
    public void onVisit(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.VisitRecorded.class, event -> {
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
        });
    }

    /**
     * An unknown visitor's contact (visit.contact, compacted): a new lead (channel WALK_IN or PHONE, the first
     * model presented, the visit's consultant, visitId) or a merge into the lead with that phone; a walk-in
     * reaches VISITED. A tombstone (the visit was linked, or the person erased) changes nothing.
     */
    @Incoming("visit-contact")
    @Blocking
    public void onVisitContact(ConsumerRecord<String, String> record) {
        inbox.applyState(record, Events.VisitContact.class, event -> {
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
            Lead lead = capture(event, capture).lead();
            if (walkIn) {
                progress.reach(lead, Stage.VISITED, orNow(v.occurredAt(), event));
            }
        });
    }

    /** A product presentation (step 5) takes the lead to PRESENTED. */
    @Incoming("presentation-recorded")
    @Blocking
    public void onPresentation(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.PresentationRecorded.class, event -> {
            Lead lead = progress.lead(event.payload().leadId(), event.topic());
            if (lead != null) {
                progress.reach(lead, Stage.PRESENTED, orNow(event.payload().presentedAt(), event));
            }
        });
    }

    @Incoming("testdrive-completed")
    @Blocking
    public void onTestDriveCompleted(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.TestDriveCompleted.class, event -> {
            Lead lead = progress.lead(event.payload().leadId(), event.topic());
            if (lead != null) {
                progress.reach(lead, Stage.TEST_DRIVEN, orNow(event.payload().completedAt(), event));
            }
        });
    }

    @Incoming("quote-issued")
    @Blocking
    public void onQuoteIssued(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.QuoteIssued.class, event -> {
            Lead lead = progress.lead(event.payload().leadId(), event.topic());
            if (lead != null) {
                progress.reach(lead, Stage.QUOTED, orNow(event.payload().issuedAt(), event));
            }
        });
    }

    @Incoming("order-signed")
    @Blocking
    public void onOrderSigned(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.OrderSigned.class, event -> {
            Lead lead = progress.lead(event.payload().leadId(), event.topic());
            if (lead != null) {
                progress.ordered(
                        lead, event.payload().orderId(), orNow(event.payload().signedAt(), event));
            }
        });
    }

    @Incoming("order-cancelled")
    @Blocking
    public void onOrderCancelled(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.OrderCancelled.class, event -> {
            if (event.payload().orderId() == null) {
                throw new PoisonEventException("order.cancelled without orderId");
            }
            Lead lead = progress.lead(event.payload().leadId(), event.topic());
            if (lead != null) {
                progress.cancelled(lead, event.payload().orderId());
            }
        });
    }

    @Incoming("order-delivered")
    @Blocking
    public void onOrderDelivered(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.OrderDelivered.class, event -> {
            Lead lead = progress.lead(event.payload().leadId(), event.topic());
            if (lead != null) {
                progress.delivered(
                        lead, event.payload().orderId(), orNow(event.payload().deliveredAt(), event));
            }
        });
    }

    /**
     * A customer referred someone (referral.contact, compacted): a new prospect linked to the referrer (merged
     * if the phone is known). A tombstone (the lead is known, or the person erased) changes nothing.
     */
    @Incoming("referral-contact")
    @Blocking
    public void onReferralContact(ConsumerRecord<String, String> record) {
        inbox.applyState(record, Events.ReferralContact.class, event -> {
            Events.ReferralContact r = event.payload();
            if (r.referralId() == null || r.referrerLeadId() == null) {
                throw new PoisonEventException(
                        event.topic() + " " + event.id() + " without referralId or referrerLeadId");
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
        });
    }

    private LeadIntake.Captured capture(IncomingEvent<?> event, Capture capture) {
        if (capture.name() == null || capture.name().isBlank()) {
            throw new PoisonEventException(event.topic() + " " + event.id() + " has a contact without a name");
        }
        try {
            return intake.capture(dev.showroom.platform.tenancy.DealerContext.current(), capture);
        } catch (PhoneNumbers.InvalidPhoneException e) {
            throw new PoisonEventException(event.topic() + " " + event.id() + ": phone is " + e.getMessage());
        }
    }

    private static Instant orNow(Instant at, IncomingEvent<?> event) {
        return at != null ? at : event.time();
    }
}
