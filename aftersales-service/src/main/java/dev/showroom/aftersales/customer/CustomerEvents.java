package dev.showroom.aftersales.customer;

import dev.showroom.aftersales.customer.Customer.Status;
import dev.showroom.aftersales.followup.FollowUpPlanner;
import dev.showroom.aftersales.loyalty.CustomerClasses;
import dev.showroom.aftersales.loyalty.Purchases;
import dev.showroom.aftersales.referral.ReferralAsk;
import dev.showroom.aftersales.referral.ReferredLeads;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Keeps the customer copy from order and lead events. Events of different topics may arrive in any
 * order: each one upserts, a delivery is never undone by a late "signed", and the consultant an order
 * names is an assignment at the order's time (LeadCopy: the newest wins).
 */
@ApplicationScoped
public class CustomerEvents {

    @Inject
    CustomerClasses classes;

    @Inject
    Purchases purchases;

    @Inject
    FollowUpPlanner planner;

    @Inject
    ReferredLeads referredLeads;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.ORDER_SIGNED, Events.OrderSigned.class, this::onOrderSigned)
                .event(Topics.ORDER_CANCELLED, Events.OrderCancelled.class, this::onOrderCancelled)
                .event(Topics.ORDER_DELIVERED, Events.OrderDelivered.class, this::onOrderDelivered)
                .event(Topics.LEAD_CREATED, Events.LeadCreated.class, this::onLeadCreated)
                .state(Topics.LEAD_CONTACT, Events.LeadContact.class, this::onLeadContact)
                .event(Topics.LEAD_ASSIGNED, Events.LeadAssigned.class, this::onLeadAssigned)
                .event(Topics.LEAD_DEFEATED, Events.LeadDefeated.class, this::onLeadDefeated)
                .event(Topics.LEAD_DEFEAT_REVIEWED, Events.LeadDefeatReviewed.class, this::onDefeatReviewed)
                .event(Topics.TESTDRIVE_COMPLETED, Events.TestDriveCompleted.class, this::onTestDriveCompleted);
    }

    void onOrderSigned(IncomingEvent<Events.OrderSigned> event) {
        Events.OrderSigned e = event.payload();
        Customer c = Customer.findOrCreate(e.leadId(), Status.SIGNED);
        if (!c.delivered()) {
            c.status = Status.SIGNED;
            c.orderId = e.orderId();
            c.orderNumber = e.orderNumber();
            c.model = e.model();
        }
        c.assigned(e.consultantId(), e.signedAt() != null ? e.signedAt() : event.time());
        purchases.signed(e);
        // the signing's referral checkpoint (seed 002: after the close, ask for referrals); null: signed before it
        // was recorded, neither met nor missed
        if (e.referralsAsked() != null) {
            ReferralAsk.record(
                    e.leadId(),
                    e.consultantId(),
                    ReferralAsk.Occasion.SIGNING,
                    e.orderId(),
                    null,
                    e.referralsAsked(),
                    e.signedAt() != null ? e.signedAt() : event.time());
        }
    }

    void onOrderCancelled(IncomingEvent<Events.OrderCancelled> event) {
        Events.OrderCancelled e = event.payload();
        Customer c = Customer.findOrCreate(e.leadId(), Status.CANCELLED);
        // an order is cancelled only before delivery; another order of the customer may be delivered
        if (!c.delivered()) {
            c.status = Status.CANCELLED;
            c.orderId = e.orderId();
            c.orderNumber = e.orderNumber();
        }
        purchases.cancelled(e.orderId());
        classes.refresh(e.dealerId(), e.leadId());
    }

    void onOrderDelivered(IncomingEvent<Events.OrderDelivered> event) {
        Events.OrderDelivered e = event.payload();
        Customer c = Customer.findOrCreate(e.leadId(), Status.DELIVERED);
        c.status = Status.DELIVERED;
        c.orderId = e.orderId();
        c.orderNumber = e.orderNumber();
        c.model = e.model() != null ? e.model() : c.model;
        c.deliveredAt = e.deliveredAt();
        c.assigned(e.consultantId(), e.deliveredAt() != null ? e.deliveredAt() : event.time());
        planner.planAfterDelivery(e.dealerId(), c);
        purchases.delivered(e);
        classes.refresh(e.dealerId(), e.leadId());
    }

    /**
     * The customer's name and phone, for the follow-up calls, the survey messages and complaints by phone:
     * lead.contact is the only topic that carries them (item 11). A tombstone changes nothing here:
     * customer.erasure-requested erases.
     */
    void onLeadContact(IncomingEvent<Events.LeadContact> event) {
        Events.LeadContact e = event.payload();
        // a new customer's row is inserted with the contact (no update after it); a known one takes it as a change
        Customer c = Customer.createOrFind(e.leadId(), Status.PROSPECT, fresh -> contact(fresh, e));
        contact(c, e);
    }

    private static void contact(Customer c, Events.LeadContact e) {
        c.contact(e.name(), e.phone());
        c.contactDetails(e.email(), e.consent());
    }

    /**
     * The consultant the lead was given to when it was captured, so that a prospect's surveys score them and
     * they see the prospect among their customers before any order names them; a referred person's lead is linked
     * to its referral.
     */
    void onLeadCreated(IncomingEvent<Events.LeadCreated> event) {
        Events.LeadCreated e = event.payload();
        Instant at = e.createdAt() != null ? e.createdAt() : event.time();
        Customer c = Customer.createOrFind(e.leadId(), Status.PROSPECT, fresh -> fresh.created(e.consultantId(), at));
        c.created(e.consultantId(), at);
        referredLeads.link(e, c);
    }

    /** A reassignment: the newest by its time wins, as an order's consultant does (LeadCopy.assigned). */
    void onLeadAssigned(IncomingEvent<Events.LeadAssigned> event) {
        Events.LeadAssigned e = event.payload();
        Customer.findOrCreate(e.leadId(), Status.PROSPECT)
                .assigned(e.consultantId(), e.assignedAt() != null ? e.assignedAt() : event.time());
    }

    /** A defeat is recorded (the lost-customer reason); no survey is sent to a prospect who declined. */
    void onLeadDefeated(IncomingEvent<Events.LeadDefeated> event) {
        Events.LeadDefeated e = event.payload();
        Customer c = Customer.findOrCreate(e.leadId(), Status.DEFEATED);
        if (!c.delivered()) {
            c.status = Status.DEFEATED;
        }
        c.defeatReason = e.reason();
        c.consultantIfUnknown(e.consultantId(), event.time());
    }

    /**
     * The manager's review of a defeat: a confirmed one plans the lost-customer call (purpose LOST_CUSTOMER); a
     * reopened one cancels it if it was not made yet.
     */
    void onDefeatReviewed(IncomingEvent<Events.LeadDefeatReviewed> event) {
        Events.LeadDefeatReviewed e = event.payload();
        if ("CONFIRMED".equals(e.decision())) {
            Customer c = Customer.findOrCreate(e.leadId(), Status.DEFEATED);
            if (!c.delivered()) {
                c.status = Status.DEFEATED;
            }
            c.defeatReason = e.reason();
            c.consultantIfUnknown(e.consultantId(), event.time());
            planner.planLostCustomerCall(e.dealerId(), c, e.defeatId());
        } else {
            planner.cancelLostCustomerCall(e.defeatId());
        }
    }

    /** Only the fact is kept; the ratings belong to visit-service's feedback. */
    void onTestDriveCompleted(IncomingEvent<Events.TestDriveCompleted> event) {
        Events.TestDriveCompleted e = event.payload();
        Customer c = Customer.findOrCreate(e.leadId(), Status.PROSPECT);
        if (c.lastTestDriveAt == null || c.lastTestDriveAt.isBefore(e.completedAt())) {
            c.lastTestDriveAt = e.completedAt();
        }
        // who drove with the customer does not become their owner: orders and the lead name the consultant
    }
}
