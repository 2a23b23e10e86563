package dev.showroom.order.customer;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.erasure.PersonalData;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import dev.showroom.platform.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Keeps the local customer copy from lead events, once per event and in whatever order they arrive (LeadCopy). */
@ApplicationScoped
public class CustomerConsumers {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PersonalData personalData;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.LEAD_CREATED, Events.LeadCreated.class, this::onLeadCreated)
                .state(Topics.LEAD_CONTACT, Events.LeadContact.class, this::onLeadContact)
                .event(Topics.LEAD_ASSIGNED, Events.LeadAssigned.class, this::onLeadAssigned)
                .event(
                        Topics.CUSTOMER_ERASURE_REQUESTED,
                        Events.CustomerErasureRequested.class,
                        this::onErasureRequested);
    }

    void onLeadCreated(IncomingEvent<Events.LeadCreated> event) {
        Events.LeadCreated lead = event.payload();
        requireLead(lead.leadId() != null);
        Instant at = lead.createdAt() != null ? lead.createdAt() : event.time();
        // a new copy is inserted with the assignment; a known one takes it as a change
        Customer.createOrFind(lead.leadId(), c -> c.created(lead.consultantId(), at))
                .created(lead.consultantId(), at);
    }

    /**
     * The name and phone for the contract and the delivery calls (lead.contact; a tombstone changes nothing). A
     * capture's lead.contact often comes before its lead.created (another topic): the new copy is inserted with the
     * contact at once, without the lookup that finds nothing first (docs/benchmarks.md, round ten of the capture).
     */
    void onLeadContact(IncomingEvent<Events.LeadContact> event) {
        Events.LeadContact c = event.payload();
        requireLead(c.leadId() != null);
        Customer.createOrFind(c.leadId(), copy -> copy.contact(c.name(), c.phone()))
                .contact(c.name(), c.phone());
    }

    void onLeadAssigned(IncomingEvent<Events.LeadAssigned> event) {
        Events.LeadAssigned a = event.payload();
        requireLead(a.leadId() != null);
        Customer.findOrCreate(a.leadId())
                .assigned(a.consultantId(), a.assignedAt() != null ? a.assignedAt() : event.time());
    }

    /**
     * Erases the name and phone here and in every contract that named the customer as signatory, the free
     * texts staff wrote about them (quote notes, trade-in, objections, cancellation reasons, the reason a car was
     * released unpaid), and what the
     * platform's tables kept (stored answers, the outbox).
     */
    void onErasureRequested(IncomingEvent<Events.CustomerErasureRequested> event) {
        UUID lead = event.payload().leadId();
        requireLead(lead != null);
        Customer c = Customer.findOrCreate(lead);
        personalData.forget(lead, Collections.singletonList(c.phone));
        c.erase(Instant.now(clock));
        String dealer = event.payload().dealerId();
        for (String sql : FREE_TEXTS) {
            em.createNativeQuery(sql)
                    .setParameter(1, lead)
                    .setParameter(2, dealer)
                    .executeUpdate();
        }
    }

    private static final List<String> FREE_TEXTS = List.of(
            "update sales_order set customer_signatory = null, cancel_reason = null, allocation_note = null, "
                    + "release_reason = null "
                    + "where lead_id = ?1 and dealer_id = ?2",
            "update quote set note = null, trade_in_description = null, decision_note = null "
                    + "where lead_id = ?1 and dealer_id = ?2",
            "update quote_objection set note = null where dealer_id = ?2 "
                    + "and quote_id in (select id from quote where lead_id = ?1 and dealer_id = ?2)");

    private static void requireLead(boolean present) {
        if (!present) {
            throw new PoisonEventException("event without leadId");
        }
    }
}
