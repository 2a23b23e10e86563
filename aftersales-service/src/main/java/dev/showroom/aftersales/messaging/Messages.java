package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.messaging.OutgoingMessage.Channel;
import dev.showroom.aftersales.messaging.OutgoingMessage.Status;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a message in a customer's history, QUEUED for {@link MessageDispatch}: only to a customer who consented,
 * has not opted out and is not erased, by e-mail when an address is known and by SMS otherwise, in the dealer's
 * first language, from the dealer's template (or the default), once per fact (kind and source key).
 */
@ApplicationScoped
public class Messages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Clock clock;

    @Inject
    DealerProfiles profiles;

    @ConfigProperty(name = "showroom.customer-pages.base-url")
    String pagesBaseUrl;

    @ConfigProperty(name = "showroom.messages.link-secret")
    String linkSecret;

    /** Why a message was not queued (a staff request answers 409 with it). */
    public enum Refusal {
        NO_CONSENT,
        OPTED_OUT,
        ERASED,
        NO_ADDRESS,
        ALREADY_SENT
    }

    public record Outcome(OutgoingMessage message, Refusal refusal) {}

    /** Fired when a message is queued; {@link MessageDispatch} sends it once the transaction has committed. */
    public record Queued(UUID messageId) {}

    @Inject
    Event<Queued> queued;

    /**
     * The message of {@code kind} for the fact {@code sourceKey} (its values: time, model, link, occasion), queued
     * in the current transaction, or why not. The caller's dealer context is the customer's dealer.
     */
    public Outcome queue(
            String dealerId, Customer customer, MessageKind kind, String sourceKey, Map<String, String> values) {
        Refusal refusal = refusal(customer);
        if (refusal != null) {
            return new Outcome(null, refusal);
        }
        if (OutgoingMessage.count("leadId = ?1 and kind = ?2 and sourceKey = ?3", customer.leadId, kind, sourceKey)
                > 0) {
            return new Outcome(null, Refusal.ALREADY_SENT);
        }
        String language = language(dealerId);
        MessageTemplate own = MessageTemplate.of(kind, language);
        TemplateText.Default words =
                own != null ? new TemplateText.Default(own.subject, own.body) : TemplateText.byDefault(kind, language);
        Map<String, String> all = new HashMap<>(values);
        all.put("name", customer.name == null ? "" : customer.name);
        all.put("optOutLink", optOutUrl(dealerId, customer.leadId));
        Instant now = Instant.now(clock);
        OutgoingMessage m = new OutgoingMessage();
        m.id = UUID.randomUUID();
        m.leadId = customer.leadId;
        m.kind = kind;
        m.language = language;
        m.channel = customer.email != null && !customer.email.isBlank() ? Channel.EMAIL : Channel.SMS;
        m.subject = m.channel == Channel.EMAIL ? TemplateText.render(words.subject(), all, language, false) : null;
        m.body = TemplateText.render(words.body(), all, language, true);
        m.sourceKey = sourceKey;
        m.status = Status.QUEUED;
        m.queuedAt = now;
        m.nextAttemptAt = now;
        m.persist();
        queued.fire(new Queued(m.id));
        return new Outcome(m, null);
    }

    /**
     * The refusal as a 409 that names it: field {@code leadId} (the customer), rule the refusal in kebab case
     * ({@code opted-out}, {@code no-consent}, …), detail in words.
     */
    public static ProblemException refused(String what, Refusal refusal) {
        return ProblemException.conflict("leadId", rule(refusal), what + ": " + reason(refusal));
    }

    /** {@code OPTED_OUT} → {@code opted-out}: the rule a 409 names. */
    public static String rule(Refusal refusal) {
        return refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Why not, as a 409's detail says it. */
    public static String reason(Refusal refusal) {
        return switch (refusal) {
            case NO_CONSENT -> "they have not consented to be contacted";
            case OPTED_OUT -> "they opted out";
            case ERASED -> "their personal data was erased";
            case NO_ADDRESS -> "no phone or e-mail is known";
            case ALREADY_SENT -> "already sent";
        };
    }

    /** Null when the customer may be messaged now. */
    public static Refusal refusal(Customer c) {
        if (c == null || c.erased()) {
            return Refusal.ERASED;
        }
        if (c.optedOutAt != null) {
            return Refusal.OPTED_OUT;
        }
        if (!Boolean.TRUE.equals(c.consent)) {
            return Refusal.NO_CONSENT;
        }
        if ((c.phone == null || c.phone.isBlank()) && (c.email == null || c.email.isBlank())) {
            return Refusal.NO_ADDRESS;
        }
        return null;
    }

    /** The dealer's first language (its profile), in which its messages are written. */
    public String language(String dealerId) {
        List<String> languages = profiles.of(dealerId).languages();
        return languages == null || languages.isEmpty() ? "zh-CN" : languages.get(0);
    }

    /** The dealer's time zone (its profile). */
    public ZoneId zone(String dealerId) {
        return profiles.zone(dealerId);
    }

    /** A time as the customer reads it: in the dealer's zone. */
    public String localTime(String dealerId, Instant at) {
        if (at == null) {
            return "";
        }
        ZoneId zone = profiles.zone(dealerId);
        return TIME.format(at.atZone(zone));
    }

    /** The page the customer opens to stop the messages: {@code <customer pages>/messages/stop/<signed token>}. */
    public String optOutUrl(String dealerId, UUID leadId) {
        return pagesBaseUrl + "/messages/stop/" + Signatures.optOutToken(linkSecret, dealerId, leadId);
    }

    /** Reads an opt-out token (null: forged, altered or malformed). */
    public Optional<Signatures.OptOut> readToken(String token) {
        return Optional.ofNullable(Signatures.readOptOut(linkSecret, token));
    }
}
