package dev.showroom.aftersales.complaint;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.settings.DealerSettings;
import dev.showroom.aftersales.survey.Detractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Complaints opened by something other than the complaints form, announced like the others: a detractor's survey
 * answer (docs/process.md, step 10: one per survey, for customer care to take, no assignee, so that the consultant the
 * customer may be unhappy with does not handle it) and a problem raised on a call-back (the caller keeps it).
 */
@ApplicationScoped
public class ComplaintOpening {

    /** Who opened a survey's complaint: no member of staff, the survey. */
    public static final String BY_SURVEY = "survey";

    @Inject
    DealerSettings settings;

    @Inject
    ComplaintEvents events;

    @Inject
    Clock clock;

    public Complaint fromSurvey(
            String dealerId, UUID surveyId, UUID leadId, UUID orderId, Detractor detractor, String description) {
        Complaint c = open(
                dealerId,
                Complaint.Channel.SURVEY,
                detractor.category(),
                detractor.severity(),
                description,
                BY_SURVEY,
                leadId,
                orderId,
                c0 -> c0.surveyId = surveyId);
        return c;
    }

    /** A problem the customer raised on a call-back, for the caller who heard it. */
    public Complaint fromCall(
            String dealerId,
            Complaint.Category category,
            Complaint.Severity severity,
            String description,
            String caller,
            UUID leadId,
            UUID orderId) {
        return open(
                dealerId,
                Complaint.Channel.PHONE,
                category,
                severity,
                description,
                caller,
                leadId,
                orderId,
                c -> c.assigneeId = caller);
    }

    /**
     * Opens, stores and announces a complaint (HIGH and CRITICAL with their escalation note). {@code more} fills in
     * what the caller knows first; the customer's name and phone and their order are taken from the customer's copy
     * where still empty.
     */
    public Complaint open(
            String dealerId,
            Complaint.Channel channel,
            Complaint.Category category,
            Complaint.Severity severity,
            String description,
            String openedBy,
            UUID leadId,
            UUID orderId,
            java.util.function.Consumer<Complaint> more) {
        Complaint c = Complaint.open(
                channel,
                category,
                severity,
                description,
                openedBy,
                Instant.now(clock),
                ComplaintDeadlines.of(settings.of(dealerId)));
        c.leadId = leadId;
        c.orderId = orderId;
        more.accept(c);
        Customer customer = leadId == null ? null : Customer.byLead(leadId);
        if (customer != null) {
            c.customerName = c.customerName != null ? c.customerName : customer.name;
            c.customerPhone = c.customerPhone != null ? c.customerPhone : customer.phone;
            c.orderId = c.orderId != null ? c.orderId : customer.orderId;
        }
        c.persist();
        ComplaintNote escalation = c.escalationOnOpening();
        if (escalation != null) {
            escalation.persist();
        }
        events.announce(c, dealerId);
        return c;
    }
}
