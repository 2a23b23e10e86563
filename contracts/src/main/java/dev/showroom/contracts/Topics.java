package dev.showroom.contracts;

import java.util.Map;

/** Topic names of asyncapi.yaml: {@code <aggregate>.<past-tense event>}. */
public final class Topics {
    public static final String LEAD_CREATED = "lead.created";
    public static final String LEAD_ASSIGNED = "lead.assigned";
    public static final String LEAD_GRADED = "lead.graded";
    public static final String LEAD_QUALIFIED = "lead.qualified";
    public static final String LEAD_DEFEATED = "lead.defeated";
    /** The manager confirmed or reopened a defeat. */
    public static final String LEAD_DEFEAT_REVIEWED = "lead.defeat-reviewed";
    /** A manager alert about a lead: a hot lead past its follow-up, a new lead not contacted in time. */
    public static final String LEAD_ALERT_RAISED = "lead.alert-raised";
    /** An objection recorded at any step of the lead's sales process (lead-service owns objections). */
    public static final String OBJECTION_RAISED = "objection.raised";

    public static final String OBJECTION_RESOLVED = "objection.resolved";
    public static final String CUSTOMER_ERASURE_REQUESTED = "customer.erasure-requested";
    public static final String VISIT_RECORDED = "visit.recorded";
    /** A needs analysis recorded or revised (step 4), with the model and trim recommended from it. */
    public static final String NEEDS_ANALYSED = "needs.analysed";

    public static final String PRESENTATION_RECORDED = "presentation.recorded";
    public static final String TESTDRIVE_BOOKED = "testdrive.booked";
    /** A booked appointment's reminder is due (visit-service's job, the day before): aftersales-service messages it. */
    public static final String APPOINTMENT_REMINDER_DUE = "appointment.reminder-due";

    public static final String TESTDRIVE_COMPLETED = "testdrive.completed";
    public static final String QUOTE_ISSUED = "quote.issued";
    public static final String ORDER_SIGNED = "order.signed";
    public static final String ORDER_CANCELLED = "order.cancelled";
    public static final String ORDER_DELIVERED = "order.delivered";
    /** A car was reserved for the order (by the manager, or on its arrival in stock). */
    public static final String ORDER_ALLOCATED = "order.allocated";
    /** The pre-delivery inspection passed: the car can be handed over. */
    public static final String ORDER_READY_FOR_DELIVERY = "order.ready-for-delivery";
    /** The expected delivery date is near or past without an allocated car. */
    public static final String ORDER_DELAYED = "order.delayed";
    /** A payment towards an order: the deposit, a payment of the balance, or a loan's disbursement. */
    public static final String ORDER_PAYMENT_RECEIVED = "order.payment-received";
    /** The customer's car loan moved on: applied, approved, refused, disbursed. */
    public static final String ORDER_LOAN_STATUS_CHANGED = "order.loan-status-changed";
    /** A manager let the PDI and the handover go ahead before the car was paid in full. */
    public static final String ORDER_RELEASED_UNPAID = "order.released-unpaid";

    public static final String SURVEY_COMPLETED = "survey.completed";
    public static final String COMPLAINT_OPENED = "complaint.opened";
    public static final String COMPLAINT_RESOLVED = "complaint.resolved";
    public static final String REFERRAL_RECEIVED = "referral.received";
    /** A message to a customer was sent, delivered or failed (aftersales-service; no text, no address). */
    public static final String MESSAGE_STATUS_CHANGED = "message.status-changed";
    /** A customer opted out of the dealer's messages (a STOP reply or the link in a message). */
    public static final String CUSTOMER_OPTED_OUT = "customer.opted-out";
    /** A dealer's profile (phone region, time zone, opening hours, languages, currency) changed; key: the dealer id. */
    public static final String DEALER_PROFILE_CHANGED = "dealer.profile-changed";
    /** Compacted: the current contact of each lead; an erasure leaves a tombstone (asyncapi.yaml). */
    public static final String LEAD_CONTACT = "lead.contact";
    /** Compacted: an unknown visitor's contact, until the visit is linked to a lead. */
    public static final String VISIT_CONTACT = "visit.contact";
    /** Compacted: a referred person's contact, until the lead made of it is known. */
    public static final String REFERRAL_CONTACT = "referral.contact";
    /** Compacted: a dealer's whole roster (members and duty) after each change, keyed by the dealer id. */
    public static final String DEALER_ROSTER_CHANGED = "dealer.roster-changed";

    /**
     * Topics whose event is past version 1. v2 took the personal data out (docs/reliability.md, item 11):
     * v1 is no longer published, since publishing it beside v2 would keep the personal data on the topics.
     */
    private static final Map<String, Integer> VERSIONS = Map.of(
            LEAD_CREATED,
            2,
            ORDER_DELIVERED,
            2,
            VISIT_RECORDED,
            2,
            REFERRAL_RECEIVED,
            2,
            LEAD_QUALIFIED,
            2,
            LEAD_DEFEATED,
            2,
            ORDER_CANCELLED,
            2,
            COMPLAINT_RESOLVED,
            2,
            TESTDRIVE_COMPLETED,
            2);

    private Topics() {}

    /** The CloudEvents type of the version of a topic's event published now: {@code showroom.lead.qualified.v1}. */
    public static String ceType(String topic) {
        return "showroom." + topic + ".v" + VERSIONS.getOrDefault(topic, 1);
    }
}
