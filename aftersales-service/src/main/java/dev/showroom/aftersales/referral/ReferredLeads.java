package dev.showroom.aftersales.referral;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
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

    /**
     * lead.created (CustomerEvents applies it): records the lead made of a referral; {@code person} is that lead's
     * customer copy, given rather than looked up (a batch's new copy is not in the table until its last effect).
     */
    public void link(Events.LeadCreated lead, Customer person) {
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
        if (person.erased()) {
            r.erasePerson();
        }
    }
}
