package dev.showroom.visit.customer;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import dev.showroom.visit.appointment.Appointments;
import dev.showroom.visit.appointment.Invitations;
import dev.showroom.visit.appointment.ReferralAppointments;
import dev.showroom.visit.reception.Reception;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** lead-service's events, each applied once (EventInbox) for the event's dealer. */
@ApplicationScoped
public class LeadConsumers {

    @Inject
    Reception reception;

    @Inject
    Invitations invitations;

    @Inject
    Erasure erasure;

    @Inject
    ReferralAppointments referralAppointments;

    @Inject
    Appointments appointments;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.LEAD_CREATED, Events.LeadCreated.class, this::onLeadCreated)
                .state(Topics.LEAD_CONTACT, Events.LeadContact.class, this::onLeadContact)
                .event(Topics.LEAD_ASSIGNED, Events.LeadAssigned.class, this::onLeadAssigned)
                .events(Topics.LEAD_QUALIFIED, Events.LeadQualified.class, this::onLeadsQualified)
                .event(
                        Topics.CUSTOMER_ERASURE_REQUESTED,
                        Events.CustomerErasureRequested.class,
                        this::onErasureRequested);
    }

    /** Remember the prospect; a lead made from one of our visits (visitId) links that visit to it. */
    void onLeadCreated(IncomingEvent<Events.LeadCreated> event) {
        Events.LeadCreated lead = event.payload();
        Instant at = lead.createdAt() != null ? lead.createdAt() : event.time();
        // a new copy is inserted with the assignment; a known one takes it as a change
        boolean[] made = {false};
        KnownLead copy = KnownLead.createOrFind(lead.leadId(), k -> {
            made[0] = true;
            k.created(lead.consultantId(), at);
        });
        // as for lead.assigned: a copy that named a consultant already has no appointment without one
        boolean namedNone = made[0] || copy.consultantId == null;
        copy.created(lead.consultantId(), at);
        if (lead.visitId() != null) {
            reception.linkToLead(lead.visitId(), lead.leadId(), copy.consultantId);
        }
        reception.serveLinkedVisits(lead.leadId(), copy.consultantId);
        if (namedNone) {
            appointments.fillConsultant(lead.leadId(), copy.consultantId);
        }
        // a referred person's visit agreed on the spot is booked once their lead exists
        referralAppointments.onLeadCreated(lead);
    }

    /**
     * The prospect's name and phone (lead.contact, the only topic that carries them): callers are recognised
     * by phone, and unlinked visits with that phone are the person's (lead-service merged the visitor into a
     * lead this service had not heard of when the visit was recorded). A tombstone changes nothing here:
     * customer.erasure-requested erases. A capture's lead.contact often comes before its lead.created (another
     * topic): the new copy is inserted with the contact at once, without the lookup that finds nothing first
     * (docs/benchmarks.md, round ten of the capture).
     */
    void onLeadContact(IncomingEvent<Events.LeadContact> event) {
        Events.LeadContact c = event.payload();
        KnownLead copy = KnownLead.createOrFind(c.leadId(), k -> k.contact(c.name(), c.phone()));
        copy.contact(c.name(), c.phone());
        if (!copy.erased()) {
            reception.linkByPhone(c.phone(), c.leadId(), copy.consultantId);
        }
    }

    void onLeadAssigned(IncomingEvent<Events.LeadAssigned> event) {
        Events.LeadAssigned a = event.payload();
        KnownLead copy = KnownLead.findOrCreate(a.leadId());
        // an appointment booked while the copy named a consultant took them (Appointments.book), and those booked
        // before were filled when it got one: only a copy that named none can have appointments without one
        boolean namedNone = copy.consultantId == null;
        copy.assigned(a.consultantId(), a.assignedAt() != null ? a.assignedAt() : event.time());
        if (namedNone) {
            appointments.fillConsultant(a.leadId(), copy.consultantId);
        }
    }

    /**
     * A qualified prospect is to be invited to the showroom: one invitation task for the consultant (the event's,
     * or the one this service's copy of the lead names). The events of a batch in one statement.
     */
    void onLeadsQualified(List<IncomingEvent<Events.LeadQualified>> events) {
        List<Invitations.Invitation> invite = new ArrayList<>(events.size());
        for (IncomingEvent<Events.LeadQualified> event : events) {
            Events.LeadQualified q = event.payload();
            // lead.qualified v2 carries no note (a free text about the person stays in lead-service)
            invite.add(new Invitations.Invitation(
                    q.leadId(), q.dealerId(), q.consultantId(), q.modelOfInterest(), event.time()));
        }
        invitations.invite(invite);
    }

    void onErasureRequested(IncomingEvent<Events.CustomerErasureRequested> event) {
        erasure.erase(event.payload().leadId(), event.payload().dealerId(), event.time());
    }
}
