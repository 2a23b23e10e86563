package dev.showroom.aftersales.customer;

import dev.showroom.aftersales.complaint.Complaint;
import dev.showroom.aftersales.complaint.ComplaintNote;
import dev.showroom.aftersales.followup.CallAttempt;
import dev.showroom.aftersales.followup.FollowUpCall;
import dev.showroom.aftersales.messaging.MessageErasure;
import dev.showroom.aftersales.referral.Referral;
import dev.showroom.aftersales.survey.Survey;
import dev.showroom.aftersales.survey.SurveyAnswer;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.erasure.PersonalData;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's erasure: names, phones and free texts about them are removed everywhere in this service;
 * what is left (ratings, complaint facts, counts) no longer identifies anyone. Nothing is deleted, so
 * complaints stay on record, and the customer is no longer called or surveyed.
 */
@ApplicationScoped
public class Erasure {

    static final String ERASED = "(erased)";

    @Inject
    Clock clock;

    @Inject
    PersonalData personalData;

    @Inject
    Outbox outbox;

    @Inject
    dev.showroom.aftersales.messaging.MessageEvents messageEvents;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.CUSTOMER_ERASURE_REQUESTED, Events.CustomerErasureRequested.class, this::onErasureRequested);
    }

    void onErasureRequested(IncomingEvent<Events.CustomerErasureRequested> event) {
        erase(event.payload().leadId(), event.payload().referralIds());
    }

    /** {@code mergedReferrals}: the person's referrals lead-service merged into the lead (never linked here). */
    void erase(UUID leadId, List<UUID> mergedReferrals) {
        Instant now = Instant.now(clock);
        // a placeholder remembers the erasure, so a late order event cannot bring the data back
        Customer customer = Customer.findOrCreate(leadId, Customer.Status.PROSPECT);
        List<Complaint> complaints = new ArrayList<>(Complaint.<Complaint>list("leadId", leadId));
        // the phones this service knew for the person: their copy's, their complaints'
        Set<String> phones = new HashSet<>();
        if (customer.phone != null) {
            phones.add(customer.phone);
        }
        complaints.stream().map(c -> c.customerPhone).filter(Objects::nonNull).forEach(phones::add);
        // a complaint opened without a lead id (a phone call before the customer was known) is theirs too
        if (!phones.isEmpty()) {
            complaints.addAll(Complaint.<Complaint>list("leadId is null and customerPhone in ?1", phones));
        }
        personalData.forget(leadId, phones);
        customer.erase(now);
        // the e-mail, and the words of the messages sent to them
        MessageErasure.erase(customer, now).forEach(m -> messageEvents.statusChanged(m, now));

        List<FollowUpCall> calls = FollowUpCall.list("leadId", leadId);
        for (FollowUpCall call : calls) {
            if (call.status == FollowUpCall.Status.PENDING) {
                call.status = FollowUpCall.Status.CANCELLED;
                call.doneAt = now;
            }
            CallAttempt.<CallAttempt>list("followUpId", call.id).forEach(a -> a.note = null);
        }
        for (Survey survey : Survey.<Survey>list("leadId", leadId)) {
            if (survey.status == Survey.Status.PENDING && survey.linkExpiresAt != null) {
                survey.linkExpiresAt = now;
            }
            SurveyAnswer.<SurveyAnswer>list("surveyId", survey.id)
                    .forEach(a -> a.text = a.text == null ? null : ERASED);
        }
        for (Complaint complaint : complaints) {
            complaint.customerName = null;
            complaint.customerPhone = null;
            complaint.description = ERASED;
            complaint.resolution = complaint.resolution == null ? null : ERASED;
            ComplaintNote.<ComplaintNote>list("complaintId", complaint.id).forEach(n -> n.text = ERASED);
        }
        // the customer as a referred person (the referrals they made hold other people's data and stay);
        // referral.contact gets the tombstone of each (again, for one linked earlier: harmless)
        Referral.<Referral>list("referredLeadId", leadId).forEach(r -> {
            r.erasePerson();
            outbox.tombstone(Topics.REFERRAL_CONTACT, r.id, r.id);
        });
        if (mergedReferrals != null && !mergedReferrals.isEmpty()) {
            Referral.<Referral>list("id in ?1", mergedReferrals).forEach(r -> {
                r.referredLeadId = leadId;
                r.erasePerson();
                outbox.tombstone(Topics.REFERRAL_CONTACT, r.id, r.id);
            });
        }
    }
}
