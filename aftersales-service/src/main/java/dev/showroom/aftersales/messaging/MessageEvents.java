package dev.showroom.aftersales.messaging;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.tenancy.DealerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * What integrators learn of the messages, through the outbox in the transaction of the change (asyncapi 2.13.0):
 * {@code message.status-changed} when a message is SENT, DELIVERED or FAILED, and {@code customer.opted-out} at a
 * customer's first opt-out. Ids, kind, channel and status only: never the text, the subject, the phone or the
 * e-mail.
 */
@ApplicationScoped
public class MessageEvents {

    @Inject
    Outbox outbox;

    /** The message's status now (SENT, DELIVERED or FAILED), announced once per change. */
    public void statusChanged(OutgoingMessage m, Instant at) {
        outbox.publish(
                Topics.MESSAGE_STATUS_CHANGED,
                m.leadId,
                m.id,
                new Events.MessageStatusChanged(
                        m.id,
                        m.dealerId != null ? m.dealerId : DealerContext.current(),
                        m.leadId,
                        m.kind.name(),
                        m.channel.name(),
                        m.status.name(),
                        m.status == OutgoingMessage.Status.FAILED ? m.failure : null,
                        m.attempts,
                        m.queuedAt,
                        at));
    }

    /** A customer's first opt-out: {@code via} STOP_REPLY (the reply's {@code channel}) or LINK (no channel). */
    public void optedOut(String dealerId, UUID leadId, String channel, String via, Instant at) {
        outbox.publish(
                Topics.CUSTOMER_OPTED_OUT,
                leadId,
                leadId,
                new Events.CustomerOptedOut(leadId, dealerId, channel, via, at));
    }
}
