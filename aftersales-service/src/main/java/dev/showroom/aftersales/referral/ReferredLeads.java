package dev.showroom.aftersales.referral;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Learns which lead lead-service made of a referred person, so that person's own erasure reaches their
 * referral: {@code lead.created} names the referral it was made from ({@code referralId}). A referred person
 * lead-service merged into an existing lead announces no lead; the erasure of that lead names the referral
 * ({@code referralIds} of customer.erasure-requested).
 */
@ApplicationScoped
public class ReferredLeads {

    @Inject
    Outbox outbox;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.LEAD_CREATED, Events.LeadCreated.class, this::onLeadCreated);
    }

    void onLeadCreated(IncomingEvent<Events.LeadCreated> event) {
        link(event.payload());
    }

    void link(Events.LeadCreated lead) {
        if (lead.referralId() == null) {
            return;
        }
        // a query, so the event's dealer only (tenancy); the same referrer as the referral names
        Referral r = Referral.<Referral>find(
                        "id = ?1 and referrerLeadId = ?2 and referredLeadId is null",
                        lead.referralId(),
                        lead.referrerLeadId())
                .firstResult();
        if (r == null) {
            return;
        }
        r.referredLeadId = lead.leadId();
        // the person's contact lives on lead.contact now: compaction removes the referral's from the broker
        outbox.tombstone(Topics.REFERRAL_CONTACT, r.id, r.id);
        // the erasure may have been applied first: the topics are read independently
        Customer person = Customer.byLead(lead.leadId());
        if (person != null && person.erased()) {
            r.erasePerson();
        }
    }
}
