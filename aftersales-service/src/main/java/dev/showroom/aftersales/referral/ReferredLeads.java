package dev.showroom.aftersales.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.contracts.Events;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.platform.phone.PhoneNumbers;
import io.smallrye.common.annotation.Blocking;

/**
 * Learns which lead lead-service made of a referred person, so that person's own erasure reaches their
 * referral. Only {@code lead.created} of a lead with a referrer matters; a referred person lead-service
 * merged into an existing lead announces no lead and stays unlinked.
 */
@ApplicationScoped
public class ReferredLeads {

    @Inject
    EventInbox inbox;

    @Incoming("lead-created")
    @Blocking
    public void onLeadCreated(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadCreated.class, event -> link(event.payload()));
    }

    void link(Events.LeadCreated lead) {
        if (lead.referrerLeadId() == null || lead.phone() == null) {
            return;
        }
        // the erasure may have been applied first: the topics are read independently
        Customer person = Customer.byLead(lead.leadId());
        boolean erased = person != null && person.erased();
        // the event's dealer only (tenancy), the same referrer, the same person by E.164 phone
        for (Referral r : Referral.<Referral> list("referrerLeadId = ?1 and referredLeadId is null",
                lead.referrerLeadId())) {
            if (lead.phone().equals(e164(r.phone))) {
                r.referredLeadId = lead.leadId();
                if (erased) {
                    r.erasePerson();
                }
            }
        }
    }

    /** The referral's phone read as lead-service reads it (it was taken in E.164 syntax). */
    private static String e164(String phone) {
        try {
            return PhoneNumbers.normalise(phone, "ZZ");
        } catch (PhoneNumbers.InvalidPhoneException e) {
            return null;
        }
    }
}
