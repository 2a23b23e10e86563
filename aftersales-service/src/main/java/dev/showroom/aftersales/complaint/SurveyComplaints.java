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
 * The complaint a detractor's survey answer opens (docs/process.md, step 10): one per survey, announced, for customer
 * care to take (no assignee: the consultant the customer may be unhappy with does not handle it).
 */
@ApplicationScoped
public class SurveyComplaints {

    /** Who opened it: no member of staff, the survey. */
    public static final String OPENED_BY = "survey";

    @Inject
    DealerSettings settings;

    @Inject
    ComplaintEvents events;

    @Inject
    Clock clock;

    public Complaint openFromSurvey(
            String dealerId, UUID surveyId, UUID leadId, UUID orderId, Detractor detractor, String description) {
        Complaint c = Complaint.open(
                Complaint.Channel.SURVEY,
                detractor.category(),
                detractor.severity(),
                description,
                OPENED_BY,
                Instant.now(clock),
                ComplaintDeadlines.of(settings.of(dealerId)));
        c.surveyId = surveyId;
        c.leadId = leadId;
        c.orderId = orderId;
        Customer customer = leadId == null ? null : Customer.byLead(leadId);
        if (customer != null) {
            c.customerName = customer.name;
            c.customerPhone = customer.phone;
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
