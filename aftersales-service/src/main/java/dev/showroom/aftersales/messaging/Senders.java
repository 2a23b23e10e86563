package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.messaging.OutgoingMessage.Channel;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider of each channel, as configured: {@code showroom.messages.sms.provider} (log) and {@code
 * showroom.messages.email.provider} (log or smtp).
 */
@ApplicationScoped
public class Senders {

    @ConfigProperty(name = "showroom.messages.sms.provider", defaultValue = "log")
    String smsProvider;

    @ConfigProperty(name = "showroom.messages.email.provider", defaultValue = "log")
    String emailProvider;

    @Inject
    Instance<Mailer> mailer;

    private final LogSender log = new LogSender();
    private volatile SmtpSender smtp;

    public MessageSender of(Channel channel) {
        String provider = channel == Channel.EMAIL ? emailProvider : smsProvider;
        return switch (provider) {
            case "log" -> log;
            case "smtp" -> {
                if (channel != Channel.EMAIL) {
                    throw new IllegalStateException("smtp sends e-mail only, not " + channel);
                }
                if (smtp == null) {
                    smtp = new SmtpSender(mailer.get());
                }
                yield smtp;
            }
            default -> throw new IllegalStateException("unknown message provider '" + provider + "' for " + channel);
        };
    }
}
