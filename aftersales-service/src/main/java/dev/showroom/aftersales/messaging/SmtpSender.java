package dev.showroom.aftersales.messaging;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import org.jboss.logging.Logger;

/**
 * E-mail through an SMTP server, with Quarkus Mailer (configured the Quarkus way: {@code quarkus.mailer.host},
 * {@code .port}, {@code .from}, {@code .username}, {@code .password}, {@code .start-tls}, {@code .tls}). SMTP
 * reports no delivery: the message stays SENT unless a receipt comes on the webhook.
 */
public class SmtpSender implements MessageSender {

    private static final Logger LOG = Logger.getLogger(SmtpSender.class);

    private final Mailer mailer;

    public SmtpSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public boolean send(OutgoingMessage message, String address) {
        mailer.send(Mail.withText(address, message.subject == null ? "" : message.subject, message.body)
                .addHeader("X-Showroom-Message-Id", message.id.toString()));
        LOG.infof("message %s sent via EMAIL (SMTP)", message.id);
        return false;
    }
}
