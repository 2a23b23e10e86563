package dev.showroom.visit.customer;

import dev.showroom.contracts.Events;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.visit.appointment.Invitations;
import dev.showroom.visit.reception.Reception;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** lead-service's events, each applied once (EventInbox) for the event's dealer. */
@ApplicationScoped
public class LeadConsumers {

    @Inject
    EventInbox inbox;

    @Inject
    Reception reception;

    @Inject
    Invitations invitations;

    @Inject
    Erasure erasure;

    /** Remember the prospect; a lead made from one of our visits (visitId) links that visit to it. */
    @Incoming("lead-created")
    @Blocking
    public void onLeadCreated(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadCreated.class, event -> {
            Events.LeadCreated lead = event.payload();
            KnownLead copy = KnownLead.findOrCreate(lead.leadId());
            copy.created(lead.consultantId(), lead.createdAt() != null ? lead.createdAt() : event.time());
            if (lead.visitId() != null) {
                reception.linkToLead(lead.visitId(), lead.leadId(), copy.consultantId);
            }
            reception.serveLinkedVisits(lead.leadId(), copy.consultantId);
        });
    }

    /**
     * The prospect's name and phone (lead.contact, the only topic that carries them): callers are recognised
     * by phone, and unlinked visits with that phone are the person's (lead-service merged the visitor into a
     * lead this service had not heard of when the visit was recorded). A tombstone changes nothing here:
     * customer.erasure-requested erases.
     */
    @Incoming("lead-contact")
    @Blocking
    public void onLeadContact(ConsumerRecord<String, String> record) {
        inbox.applyState(record, Events.LeadContact.class, event -> {
            Events.LeadContact c = event.payload();
            KnownLead copy = KnownLead.findOrCreate(c.leadId());
            copy.contact(c.name(), c.phone());
            if (!copy.erased()) {
                reception.linkByPhone(c.phone(), c.leadId(), copy.consultantId);
            }
        });
    }

    @Incoming("lead-assigned")
    @Blocking
    public void onLeadAssigned(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadAssigned.class, event -> {
            Events.LeadAssigned a = event.payload();
            KnownLead.findOrCreate(a.leadId())
                    .assigned(a.consultantId(), a.assignedAt() != null ? a.assignedAt() : event.time());
        });
    }

    /** A qualified prospect is to be invited to the showroom: one invitation task for the consultant. */
    @Incoming("lead-qualified")
    @Blocking
    public void onLeadQualified(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadQualified.class, event -> {
            Events.LeadQualified q = event.payload();
            String consultant = q.consultantId() != null ? q.consultantId() : KnownLead.consultantOf(q.leadId());
            // lead.qualified v2 carries no note (a free text about the person stays in lead-service)
            invitations.invite(q.leadId(), q.dealerId(), consultant, q.modelOfInterest(), event.time());
        });
    }

    @Incoming("erasure-requested")
    @Blocking
    public void onErasureRequested(ConsumerRecord<String, String> record) {
        inbox.apply(
                record,
                Events.CustomerErasureRequested.class,
                event -> erasure.erase(event.payload().leadId(), event.payload().dealerId(), event.time()));
    }
}
