package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A customer's opt-out, honoured at once: the customer copy is marked and every message still QUEUED for them
 * fails (OPTED_OUT) in the same transaction; the dispatch checks again before each message goes.
 */
@ApplicationScoped
public class OptOuts {

    private static final Logger LOG = Logger.getLogger(OptOuts.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MessageEvents events;

    /**
     * A STOP from a phone or an e-mail address: every customer copy with it, at every dealer (the person asked the
     * sender to stop; over-honouring a stop is the safe side).
     *
     * @param channel the channel the reply came by (SMS or EMAIL), as customer.opted-out tells it
     * @return how many customer copies were opted out now
     */
    public int byAddress(String address, String channel, String via) {
        @SuppressWarnings("unchecked")
        List<Object[]> whom = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select dealer_id, lead_id from customer where erased_at is null "
                                + "and (phone = ?1 or lower(email) = lower(?1))")
                        .setParameter(1, address)
                        .getResultList()));
        int count = 0;
        for (Object[] row : whom) {
            String dealer = (String) row[0];
            UUID lead = (UUID) row[1];
            if (DealerContext.call(
                            dealer, () -> QuarkusTransaction.requiringNew().call(() -> optOut(lead, channel, via)))
                    != null) {
                count++;
            }
        }
        LOG.infof("a %s opted out %d customer copies", via, count);
        return count;
    }

    /** The link in a message: that customer of that dealer. Returns when they opted out (the first time). */
    public Instant byLink(String dealerId, UUID leadId) {
        return DealerContext.call(
                dealerId,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    optOut(leadId, null, "LINK");
                    Customer c = Customer.byLead(leadId);
                    return c == null ? Instant.now(clock) : c.optedOutAt;
                }));
    }

    /**
     * Null when the customer was opted out already (or is unknown here); the time otherwise. The first opt-out is
     * announced (customer.opted-out), and each queued message it fails (message.status-changed).
     */
    Instant optOut(UUID leadId, String channel, String via) {
        Instant now = Instant.now(clock);
        Customer c = Customer.findOrCreate(leadId, Customer.Status.PROSPECT);
        if (!c.optOut(now, via)) {
            return null;
        }
        OutgoingMessage.<OutgoingMessage>list("leadId = ?1 and status = ?2", leadId, OutgoingMessage.Status.QUEUED)
                .forEach(m -> {
                    m.failed(now, Messages.Refusal.OPTED_OUT.name());
                    events.statusChanged(m, now);
                });
        events.optedOut(DealerContext.current(), leadId, channel, via, now);
        return now;
    }

    /** A provider's delivery receipt (across dealers: the message id is the key). */
    public boolean receipt(UUID messageId, OutgoingMessage.Status status) {
        @SuppressWarnings("unchecked")
        List<String> dealers = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select dealer_id from outgoing_message where id = ?1")
                        .setParameter(1, messageId)
                        .getResultList()));
        if (dealers.isEmpty()) {
            throw dev.showroom.platform.http.ProblemException.notFound("Message");
        }
        return DealerContext.call(
                dealers.get(0),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    OutgoingMessage m = OutgoingMessage.findById(messageId);
                    OutgoingMessage.Status before = m == null ? null : m.status;
                    Instant now = Instant.now(clock);
                    if (m == null || !m.receipt(status, now)) {
                        return false;
                    }
                    if (m.status != before) {
                        events.statusChanged(m, now);
                    }
                    return true;
                }));
    }
}
