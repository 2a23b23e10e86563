package dev.showroom.order.customer;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.showroom.contracts.Events;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;

/** Keeps the local customer copy from lead events, once per event and in whatever order they arrive (LeadCopy). */
@ApplicationScoped
public class CustomerConsumers {

    @Inject
    EventInbox inbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Incoming("lead-created")
    @Blocking
    public void onLeadCreated(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadCreated.class, event -> {
            Events.LeadCreated lead = event.payload();
            requireLead(lead.leadId() != null);
            Customer.findOrCreate(lead.leadId()).created(lead.name(), lead.phone(), lead.consultantId(),
                    lead.createdAt() != null ? lead.createdAt() : event.time());
        });
    }

    @Incoming("lead-assigned")
    @Blocking
    public void onLeadAssigned(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.LeadAssigned.class, event -> {
            Events.LeadAssigned a = event.payload();
            requireLead(a.leadId() != null);
            Customer.findOrCreate(a.leadId()).assigned(a.consultantId(), a.assignedAt() != null ? a.assignedAt() : event.time());
        });
    }

    /** Erases the name and phone here and in every contract that named the customer as signatory. */
    @Incoming("customer-erasure-requested")
    @Blocking
    public void onErasureRequested(ConsumerRecord<String, String> record) {
        inbox.apply(record, Events.CustomerErasureRequested.class, event -> {
            requireLead(event.payload().leadId() != null);
            Customer.findOrCreate(event.payload().leadId()).erase(Instant.now(clock));
            em.createQuery("update SalesOrder o set o.customerSignatory = null where o.leadId = :lead")
                    .setParameter("lead", event.payload().leadId()).executeUpdate();
        });
    }

    private static void requireLead(boolean present) {
        if (!present) {
            throw new PoisonEventException("event without leadId");
        }
    }
}
