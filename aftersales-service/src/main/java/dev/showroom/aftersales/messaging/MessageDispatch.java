package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.messaging.OutgoingMessage.Channel;
import dev.showroom.aftersales.messaging.OutgoingMessage.Status;
import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.platform.jobs.WakeUps;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Sends the queued messages through their channel's provider, on one replica at a time: a customer who opted out
 * or was erased since the message was queued gets nothing (FAILED with the reason); a provider's refusal is tried
 * again (30 s, 60 s) and FAILED after three attempts. Each message is settled in its own transaction, so one
 * failing provider does not hold the others back.
 *
 * <p>The commit that queued a message wakes a run at once ({@link #onQueued}); the timer ({@code
 * showroom.messages.dispatch-every}, 30 s) is only the safety net for the retries that come due, for a message whose
 * wake-up found another replica running, and for one queued just before its replica stopped. It polled every 2 s
 * before: a transaction and a lock every 2 s in a suite nobody used.
 */
@ApplicationScoped
public class MessageDispatch {

    private static final Logger LOG = Logger.getLogger(MessageDispatch.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OneReplica oneReplica;

    @Inject
    Senders senders;

    @Inject
    MessageEvents events;

    @Inject
    ManagedExecutor executor;

    /** The commits' wake-ups and the timer's turns: a greeting queues hundreds, and they go in one run. */
    private final WakeUps wakeUps = new WakeUps(this::run);

    /** A message was queued and its transaction committed: send it now, not at the next tick. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Messages.Queued queued) {
        // refused while shutting down: the message stays QUEUED and goes at the next start's first tick
        wakeUps.wake(run -> executor.execute(() -> {
            try {
                run.run();
            } catch (RuntimeException e) {
                // the database went away, say: the message stays QUEUED for the next turn
                LOG.warnf(
                        "messages not sent now (%s); the next turn tries again",
                        e.getClass().getSimpleName());
            }
        }));
    }

    @Scheduled(
            every = "${showroom.messages.dispatch-every:30s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        wakeUps.runHere();
    }

    private boolean run() {
        oneReplica.run("aftersales.message-dispatch", this::dispatch);
        return true;
    }

    /** One run: every message due now. */
    public void dispatch() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<String> dealers = DealerContext.withoutDealer(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select distinct dealer_id from outgoing_message "
                                + "where status = 'QUEUED' and next_attempt_at <= ?1")
                        .setParameter(1, now)
                        .getResultList()));
        for (String dealer : dealers) {
            List<java.util.UUID> due = DealerContext.call(
                    dealer,
                    () -> QuarkusTransaction.requiringNew()
                            .call(() -> em.createQuery(
                                            "select m.id from OutgoingMessage m where m.status = ?1 "
                                                    + "and m.nextAttemptAt <= ?2 order by m.queuedAt",
                                            java.util.UUID.class)
                                    .setParameter(1, Status.QUEUED)
                                    .setParameter(2, now)
                                    .setMaxResults(BATCH)
                                    .getResultList()));
            for (java.util.UUID id : due) {
                try {
                    DealerContext.run(
                            dealer, () -> QuarkusTransaction.requiringNew().run(() -> settle(id)));
                } catch (RuntimeException e) {
                    // another run settled it at the same moment (version), or the database went away: next turn
                    LOG.debugf(
                            "message %s not settled this turn: %s",
                            id, e.getClass().getSimpleName());
                }
            }
        }
    }

    private void settle(java.util.UUID id) {
        OutgoingMessage m = OutgoingMessage.findById(id);
        if (m == null || m.status != Status.QUEUED) {
            return;
        }
        Instant now = Instant.now(clock);
        Customer c = Customer.byLead(m.leadId);
        Messages.Refusal refusal = Messages.refusal(c);
        if (refusal != null) {
            m.failed(now, refusal.name());
            events.statusChanged(m, now);
            return;
        }
        String address = m.channel == Channel.EMAIL ? c.email : c.phone;
        if (address == null || address.isBlank()) {
            m.failed(now, Messages.Refusal.NO_ADDRESS.name());
            events.statusChanged(m, now);
            return;
        }
        try {
            boolean delivered = senders.of(m.channel).send(m, address);
            m.sent(now, delivered);
            events.statusChanged(m, now);
        } catch (RuntimeException e) {
            // the cause's class only: a provider's message may quote the address
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warnf(
                    "message %s via %s: the provider refused it (%s)",
                    m.id, m.channel, cause.getClass().getName());
            m.attemptFailed(now, "PROVIDER_ERROR");
            if (m.status == Status.FAILED) {
                events.statusChanged(m, now);
            }
        }
    }
}
