package dev.showroom.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The payload of every event, one record per topic, exactly as schemas/*.json describe them.
 * Producers and consumers share these records; the tests validate what is really published
 * against the JSON Schemas. Consumers ignore fields they do not know (forward compatible).
 */
public final class Events {

    private Events() {}

    /**
     * v2: ids only (no name, phone, e-mail or source detail: docs/reliability.md, item 11). referralId: the
     * referral (referral.received) the lead was made from; visitId: the visit (visit.recorded) it was made from;
     * campaignId (2.10): the dealer's campaign or marketing event the lead points to.
     */
    public record LeadCreated(
            UUID leadId,
            String dealerId,
            String channel,
            String consultantId,
            String modelOfInterest,
            UUID referrerLeadId,
            UUID referralId,
            UUID visitId,
            Instant createdAt,
            UUID campaignId) {

        /** Without a campaign (schema 2.8 and before). */
        public LeadCreated(
                UUID leadId,
                String dealerId,
                String channel,
                String consultantId,
                String modelOfInterest,
                UUID referrerLeadId,
                UUID referralId,
                UUID visitId,
                Instant createdAt) {
            this(
                    leadId,
                    dealerId,
                    channel,
                    consultantId,
                    modelOfInterest,
                    referrerLeadId,
                    referralId,
                    visitId,
                    createdAt,
                    null);
        }
    }

    /**
     * The current contact of a lead, on the compacted topic lead.contact (key: the lead id), for the staff
     * services only. An erasure writes a tombstone (null value) for the key: compaction removes the values.
     */
    /**
     * {@code email} and {@code consent} (2.12.0, optional: null from older producers): the lead's e-mail, and
     * whether they consented to be contacted (lead-service's consent), for the messages aftersales-service sends.
     */
    public record LeadContact(
            UUID leadId,
            String dealerId,
            String name,
            String phone,
            Instant updatedAt,
            String email,
            Boolean consent) {}

    /**
     * A dealer's roster after a change (members or duty), on the compacted topic dealer.roster-changed (key: the
     * dealer id): the whole roster, so that the latest record of a dealer is all a consumer needs. {@code revision}
     * grows with each change: a consumer ignores a record older than the copy it holds. Staff are named by their
     * Keycloak username (the token's preferred_username), never by name. {@code duty}: the list in effect on the
     * dealer's today and every later one, each the consultants on duty that day in turn order.
     */
    public record DealerRosterChanged(
            String dealerId, long revision, List<RosterMember> members, List<RosterDuty> duty, Instant changedAt) {}

    /** {@code roles}: RECEPTIONIST, CONSULTANT, CUSTOMER_CARE, MANAGER, ADMIN. */
    public record RosterMember(String userId, List<String> roles, boolean active) {}

    /** The consultants on duty from {@code date} until the next date that has a list of its own. */
    public record RosterDuty(LocalDate date, List<String> consultants) {}

    public record LeadAssigned(
            UUID leadId,
            String dealerId,
            String consultantId,
            String previousConsultantId,
            String assignedBy,
            Instant assignedAt) {}

    public record LeadGraded(
            UUID leadId,
            String dealerId,
            String grade,
            String previousGrade,
            Instant nextFollowUpAt,
            Instant gradedAt) {}

    /** v2: no note (a free text about the person). */
    public record LeadQualified(
            UUID leadId, String dealerId, String consultantId, String modelOfInterest, Instant qualifiedAt) {}

    /**
     * reason (since 2.4.0): BOUGHT_COMPETITOR, BOUGHT_SAME_BRAND_ELSEWHERE, POSTPONED, LOST_CONTACT, PRICE,
     * FINANCING_REFUSED, OTHER (before: one of seed 002's six objections, now {@code objection}). v2: no note (a free
     * text about the person). The fields after {@code defeatedAt} are absent on events from before 2.4.0.
     */
    public record LeadDefeated(
            UUID leadId,
            String dealerId,
            String consultantId,
            String reason,
            Instant defeatedAt,
            UUID defeatId,
            String objection,
            String competitorBrand,
            String competitorModel,
            String stageReached) {}

    /**
     * An alert to the dealer's managers about a lead (ids only). kind: HOT_LEAD_OVERDUE (dueAt: the follow-up
     * missed) or RESPONSE_TIME_EXCEEDED (dueAt: the response deadline; reassignedTo: who the rota handed the lead
     * to, null when nobody else was on duty); consultantId: who owned the lead.
     */
    public record LeadAlertRaised(
            UUID alertId,
            UUID leadId,
            String dealerId,
            String kind,
            String consultantId,
            String reassignedTo,
            Instant dueAt,
            Instant raisedAt) {}

    /** The manager's review of a defeat; decision CONFIRMED or REOPENED; consultantId: the lead's owner now. */
    public record LeadDefeatReviewed(
            UUID defeatId,
            UUID leadId,
            String dealerId,
            String consultantId,
            String decision,
            String reason,
            String reviewedBy,
            Instant reviewedAt) {}

    /**
     * An objection at any step (seed 002's routine). category: PRICE, PRODUCT_FUNCTION, AFTER_SALES_SERVICE,
     * COMPETITOR, RESOURCES_SUPPORT, GUARANTEES, FINANCING, TRADE_IN, TIMING, OTHER; genuine: TRUE_OBJECTION,
     * PRETEXT, UNKNOWN. No answer text (a free text staff typed).
     */
    public record ObjectionRaised(
            UUID objectionId,
            UUID leadId,
            String dealerId,
            String consultantId,
            String category,
            String context,
            String stage,
            String model,
            UUID quoteId,
            boolean objectorDecides,
            String genuine,
            boolean onlyReasonConfirmed,
            boolean commitmentObtained,
            boolean resolved,
            Instant raisedAt) {}

    public record ObjectionResolved(
            UUID objectionId,
            UUID leadId,
            String dealerId,
            String consultantId,
            String category,
            boolean commitmentObtained,
            String resolvedBy,
            Instant resolvedAt) {}

    /** referralIds: the person's referrals that were merged into the lead (lead.created announced none of them). */
    public record CustomerErasureRequested(UUID leadId, String dealerId, Instant requestedAt, List<UUID> referralIds) {}

    /** A person's contact as visit-service's API shows it (no event carries it since visit.recorded v2). */
    public record Contact(String name, String phone, String email) {}

    /** code: ANSWERED_IN_TIME, STANDARD_GREETING, NAME_AND_CONTACT_ASKED, KNOWS_THE_WAY_ASKED, INVITED_TO_VISIT,
     * GREETED_AT_ONCE, SELF_INTRODUCTION, DRINKS_OFFERED, NOT_PRESSED. */
    public record Checkpoint(String code, boolean met) {}

    /**
     * kind: CALL or WALK_IN. An unknown visitor has no leadId; their contact is on visit.contact (key: the visit
     * id). v2: no contact, no outcome.
     */
    public record VisitRecorded(
            UUID visitId,
            String dealerId,
            UUID leadId,
            String kind,
            String consultantId,
            Instant occurredAt,
            List<Checkpoint> checkpoints,
            List<String> modelsPresented,
            Instant appointmentAt) {}

    /**
     * An unknown visitor's contact, on the compacted topic visit.contact (key: the visit id), for lead-service
     * to create or merge the lead. A tombstone follows once the visit is linked to a lead (the contact then
     * lives on lead.contact) or the person is erased.
     */
    public record VisitContact(
            UUID visitId,
            String dealerId,
            String kind,
            String consultantId,
            String name,
            String phone,
            String email,
            String modelOfInterest,
            Instant occurredAt,
            UUID campaignId) {

        /** Without a campaign (schema 2.8 and before). */
        public VisitContact(
                UUID visitId,
                String dealerId,
                String kind,
                String consultantId,
                String name,
                String phone,
                String email,
                String modelOfInterest,
                Instant occurredAt) {
            this(visitId, dealerId, kind, consultantId, name, phone, email, modelOfInterest, occurredAt, null);
        }
    }

    /**
     * A product presentation (docs/process.md, step 5): ids, the model and trim codes, how many selling points
     * were covered and how many the customer reacted to, the competitor model the customer asked about (a
     * catalogue name, not a person's data) and the presentation checkpoints (BIGGEST_BENEFIT_FIRST,
     * CUSTOMER_TOOK_PART, NO_COMPETITOR_RUN_DOWN). No notes, no reactions in words.
     */
    /** A needs analysis (step 4) recorded or revised: the model and trim recommended, no answers. */
    public record NeedsAnalysed(
            UUID needsAnalysisId,
            String dealerId,
            UUID leadId,
            String consultantId,
            String recommendedModel,
            String recommendedTrim,
            boolean summaryConfirmed,
            long revision,
            Instant analysedAt) {}

    public record PresentationRecorded(
            UUID presentationId,
            String dealerId,
            UUID leadId,
            String consultantId,
            String model,
            String trim,
            int pointsCovered,
            int pointsReactedTo,
            String competitorAsked,
            List<Checkpoint> checkpoints,
            Instant presentedAt) {}

    /**
     * A booked showroom appointment whose reminder is due (visit-service's job, within the dealer's reminder lead time,
     * once per appointment); aftersales-service sends the reminder to a customer who consented. Ids and times only.
     */
    public record AppointmentReminderDue(
            UUID appointmentId,
            String dealerId,
            UUID leadId,
            String consultantId,
            Instant scheduledAt,
            Instant remindedAt) {}

    public record TestDriveBooked(
            UUID testDriveId,
            String dealerId,
            UUID leadId,
            String consultantId,
            UUID demoCarId,
            String model,
            Instant slotStart,
            Instant slotEnd,
            Instant bookedAt) {}

    /** v2 of testdrive.completed: ratings only, no comments (a free text). */
    public record Feedback(Integer overall, Map<String, Integer> ratings) {}

    public record TestDriveCompleted(
            UUID testDriveId,
            String dealerId,
            UUID leadId,
            String consultantId,
            String model,
            Integer odometerStart,
            Integer odometerEnd,
            Feedback feedback,
            Instant completedAt) {}

    public record QuoteIssued(
            UUID quoteId,
            String dealerId,
            UUID leadId,
            String consultantId,
            String model,
            String trim,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
            String currency,
            LocalDate validUntil,
            Instant issuedAt) {}

    /**
     * depositState: NOT_PAID or PAID. referralsAsked: the signing's checkpoint (seed 002: after the close, ask for
     * referrals), true or false; null from orders signed before it was recorded.
     */
    public record OrderSigned(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String model,
            String trim,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
            String currency,
            String depositState,
            LocalDate expectedDeliveryDate,
            Instant signedAt,
            Boolean referralsAsked) {}

    /**
     * v2: no reason text (a free text about the person). reasonCategory (since 2.9.0): why, as the defeat analysis
     * counts it (BOUGHT_COMPETITOR, BOUGHT_SAME_BRAND_ELSEWHERE, POSTPONED, PRICE, FINANCING_REFUSED, OTHER), with the competitor's brand and model when one was bought; null from orders
     * cancelled before.
     */
    public record OrderCancelled(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundAmount,
            String previousState,
            Instant cancelledAt,
            String reasonCategory,
            String competitorBrand,
            String competitorModel) {}

    /**
     * A car (VIN) was reserved for the order: by the manager, or at once when a matching car arrived in stock
     * (how: MANUAL or ON_ARRIVAL).
     */
    public record OrderAllocated(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String vin,
            String model,
            String how,
            LocalDate expectedDeliveryDate,
            Instant allocatedAt) {}

    /** The pre-delivery inspection passed: the car can be handed over, by the delivery method agreed. */
    public record OrderReadyForDelivery(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String vin,
            String deliveryMethod,
            LocalDate expectedDeliveryDate,
            Instant readyAt) {}

    /**
     * The expected delivery date is near (DUE_SOON) or past (OVERDUE) and no car is allocated: once per order,
     * expected date and kind. incomingEta: when a matching car in transit is expected, if one is.
     */
    public record OrderDelayed(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String kind,
            LocalDate expectedDeliveryDate,
            int daysLate,
            LocalDate incomingEta,
            Instant detectedAt) {}

    /** v2: no customer name or phone (after-sales takes them from lead.contact). */
    public record OrderDelivered(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String vin,
            String model,
            Instant deliveredAt) {}

    /**
     * kind: DEPOSIT, PAYMENT (of the balance) or LOAN (the lender's disbursement); method: CASH, CARD,
     * BANK_TRANSFER, MOBILE_PAYMENT or LOAN. balanceOwed: what the order still owes after it.
     */
    public record OrderPaymentReceived(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String receiptNumber,
            String kind,
            String method,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String currency,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceOwed,
            boolean paidInFull,
            Instant paidAt) {}

    /** status and previousStatus: APPLIED, APPROVED, REFUSED, DISBURSED (previousStatus null for the first). */
    public record OrderLoanStatusChanged(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String status,
            String previousStatus,
            String lender,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String currency,
            Instant changedAt) {}

    /** The manager's release of a car not paid in full (the reason typed stays on the order). */
    public record OrderReleasedUnpaid(
            UUID orderId,
            String orderNumber,
            String dealerId,
            UUID leadId,
            String consultantId,
            String releasedBy,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceOwed,
            String currency,
            Instant releasedAt) {}

    /** channel: CALL or LINK. csi 0-100; recommendScore 0-10; stepScores: step → mean rating 1-5. */
    public record SurveyCompleted(
            UUID surveyId,
            String dealerId,
            UUID leadId,
            UUID orderId,
            String consultantId,
            String templateCode,
            int templateVersion,
            Double csi,
            Integer recommendScore,
            Map<String, Double> stepScores,
            String channel,
            Instant completedAt) {}

    /**
     * A message to a customer changed its delivery status (2.13.0): SENT, DELIVERED or FAILED (failure: why). Ids,
     * kind, channel and status only: never the text, the subject, the phone or the e-mail.
     */
    public record MessageStatusChanged(
            UUID messageId,
            String dealerId,
            UUID leadId,
            String kind,
            String channel,
            String status,
            String failure,
            int attempts,
            Instant queuedAt,
            Instant changedAt) {}

    /**
     * A customer opted out of the dealer's messages (2.13.0), once: via STOP_REPLY (channel: the reply's, SMS or
     * EMAIL) or LINK (channel null).
     */
    public record CustomerOptedOut(UUID leadId, String dealerId, String channel, String via, Instant optedOutAt) {}

    /** severity: LOW, MEDIUM, HIGH, CRITICAL. */
    public record ComplaintOpened(
            UUID complaintId,
            String dealerId,
            UUID leadId,
            UUID orderId,
            String category,
            String severity,
            String channel,
            Instant openedAt,
            Instant acknowledgeBy,
            Instant resolveBy,
            Boolean escalated) {}

    /** v2: no resolution text (a free text about the person). */
    public record ComplaintResolved(
            UUID complaintId, String dealerId, UUID leadId, String remedy, Instant resolvedAt, String rootCause) {}

    /**
     * v2: no name or phone of the referred person (they are on referral.contact, for lead-service).
     * appointmentAt: the showroom visit agreed with the referred person on the spot, if one was (visit-service
     * books it once the lead made of the person exists).
     */
    public record ReferralReceived(
            UUID referralId,
            String dealerId,
            UUID referrerLeadId,
            String consultantId,
            String relation,
            Instant consentAt,
            Instant receivedAt,
            Instant appointmentAt) {}

    /**
     * A referred person's contact, on the compacted topic referral.contact (key: the referral id), for
     * lead-service to create or merge the lead. A tombstone follows once the lead made of it is known, or the
     * person is erased.
     */
    public record ReferralContact(
            UUID referralId,
            String dealerId,
            UUID referrerLeadId,
            String consultantId,
            String name,
            String phone,
            String relation,
            Instant consentAt,
            Instant receivedAt) {}

    /**
     * The whole profile of a dealer as lead-service stores it at {@code version}: each service keeps a copy and
     * applies a version only when it is newer than the one it holds. openingHours: one entry per open weekday
     * (a day not listed is closed); languages: BCP 47 tags, the first the dealer's main language.
     */
    public record DealerProfileChanged(
            String dealerId,
            String region,
            String timeZone,
            String currency,
            List<OpeningHours> openingHours,
            List<String> languages,
            long version,
            String changedBy,
            Instant changedAt) {}

    /** A weekday (MONDAY … SUNDAY) and its opening and closing time, "09:00" and "18:00". */
    public record OpeningHours(String day, String opens, String closes) {}
}
