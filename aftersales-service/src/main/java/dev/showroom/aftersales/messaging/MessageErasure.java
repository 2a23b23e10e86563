package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.customer.Customer;
import java.time.Instant;

/**
 * The messaging part of a customer's erasure: the e-mail goes, each message to them keeps its kind, channel,
 * status and times (the report counts them) but loses its words (they name the customer), and one still queued
 * fails.
 */
public final class MessageErasure {

    static final String ERASED = "(erased)";

    private MessageErasure() {}

    /** Returns the messages that were still queued and fail now (to be announced). */
    public static java.util.List<OutgoingMessage> erase(Customer customer, Instant now) {
        customer.email = null;
        java.util.List<OutgoingMessage> failed = new java.util.ArrayList<>();
        OutgoingMessage.<OutgoingMessage>list("leadId", customer.leadId).forEach(m -> {
            if (m.status == OutgoingMessage.Status.QUEUED) {
                m.failed(now, Messages.Refusal.ERASED.name());
                failed.add(m);
            }
            m.subject = null;
            m.body = ERASED;
        });
        return failed;
    }
}
