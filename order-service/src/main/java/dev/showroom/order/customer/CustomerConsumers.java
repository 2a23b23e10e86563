package dev.showroom.order.customer;

import dev.showroom.contracts.Events;
import dev.showroom.platform.erasure.PersonalData;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local customer copy from lead events, once per event and in whatever order they arrive (LeadCopy). */
@ApplicationScoped
public class CustomerConsumers {

    @Inject
    EventInbox inbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PersonalData personalData;

    @Incoming("lead-created")
    @Blocking
    public void onLeadCreated(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadCreated.class, event -> {
            Events.LeadCreated lead = event.payload();
            requireLead(lead.leadId() != null);
            Customer.findOrCreate(lead.leadId())
                    .created(lead.consultantId(), lead.createdAt() != null ? lead.createdAt() : event.time());
        });
    }

    /** The name and phone for the contract and the delivery calls (lead.contact; a tombstone changes nothing). */
    @Incoming("lead-contact")
    @Blocking
    public void onLeadContact(ConsumerRecord<String, String> record) {
        inbox.applyState(record, Events.LeadContact.class, event -> {
            Events.LeadContact c = event.payload();
            requireLead(c.leadId() != null);
            Customer.findOrCreate(c.leadId()).contact(c.name(), c.phone());
        });
    }

    @Incoming("lead-assigned")
    @Blocking
    public void onLeadAssigned(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadAssigned.class, event -> {
            Events.LeadAssigned a = event.payload();
            requireLead(a.leadId() != null);
            Customer.findOrCreate(a.leadId())
                    .assigned(a.consultantId(), a.assignedAt() != null ? a.assignedAt() : event.time());
        });
    }

    /**
     * Erases the name and phone here and in every contract that named the customer as signatory, the free
     * texts staff wrote about them (quote notes, trade-in, objections, cancellation reasons), and what the
     * platform's tables kept (stored answers, the outbox).
     */
    @Incoming("customer-erasure-requested")
    @Blocking
    public void onErasureRequested(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.CustomerErasureRequested.class, event -> {
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
        });
    }

    private static final List<String> FREE_TEXTS = List.of(
            "update sales_order set customer_signatory = null, cancel_reason = null, allocation_note = null "
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
