package dev.showroom.aftersales.customer;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The local message provider: a message "sent" is kept in {@code customer_message} (recipient by lead id,
 * not by phone) for development, the demo and tests, which read the customer's messages there. Logs nothing.
 */
@ApplicationScoped
@DefaultBean
public class LocalMessageBox implements CustomerMessenger {

    static final String CHANNEL = "SMS";

    @Inject
    Clock clock;

    @Override
    public String send(Customer customer, String text) {
        CustomerMessage m = new CustomerMessage();
        m.id = UUID.randomUUID();
        m.leadId = customer.leadId;
        m.channel = CHANNEL;
        m.body = text;
        m.sentAt = Instant.now(clock);
        m.persist();
        return CHANNEL;
    }
}
