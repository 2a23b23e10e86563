package dev.showroom.visit.traffic;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;

/**
 * order-service's quotations as the showroom's reports need them: which lead was quoted, by whom, for which
 * model, when (quote.issued; ids and the model only, no money and no person). The traffic report's walk-in →
 * quote and the presentations report's presentation → quote read this copy in the same query as the visits
 * and presentations, so neither asks order-service. A redelivered event changes nothing (EventInbox, and the
 * quote id is the key).
 */
@ApplicationScoped
public class QuoteCopies {

    @Inject
    EntityManager em;

    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.QUOTE_ISSUED, Events.QuoteIssued.class, this::onQuoteIssued);
    }

    void onQuoteIssued(IncomingEvent<Events.QuoteIssued> event) {
        Events.QuoteIssued q = event.payload();
        em.createNativeQuery("insert into quote_copy (quote_id, dealer_id, lead_id, consultant_id, model, issued_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (quote_id) do nothing")
                .setParameter(1, q.quoteId())
                .setParameter(2, q.dealerId())
                .setParameter(3, q.leadId())
                .setParameter(4, q.consultantId())
                .setParameter(5, q.model())
                .setParameter(6, Timestamp.from(q.issuedAt() != null ? q.issuedAt() : event.time()))
                .executeUpdate();
    }
}
