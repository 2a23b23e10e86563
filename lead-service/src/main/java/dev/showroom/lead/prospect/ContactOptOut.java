package dev.showroom.lead.prospect;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * A customer who asked after-sales for no more messages (customer.opted-out: a STOP reply or the link in a message)
 * has withdrawn their consent to be contacted: the lead says so to staff and to the services that follow
 * lead.contact, instead of still showing the consent the form or the consultant recorded. A consent given again
 * later (a new enquiry with the box ticked) is recorded as such; after-sales keeps honouring the opt-out.
 */
@ApplicationScoped
public class ContactOptOut {

    @Inject
    LeadEvents events;

    @Inject
    Clock clock;

    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.CUSTOMER_OPTED_OUT, Events.CustomerOptedOut.class, this::onOptedOut);
    }

    void onOptedOut(IncomingEvent<Events.CustomerOptedOut> event) {
        Lead lead = Lead.findById(event.payload().leadId());
        if (lead == null || lead.erased() || !lead.consentContact) {
            return; // unknown here, erased, or never consented: nothing to withdraw
        }
        lead.consentContact = false;
        lead.updatedAt = Instant.now(clock);
        // lead.contact carries the consent: the copies of the other services follow it
        events.contact(lead);
    }
}
