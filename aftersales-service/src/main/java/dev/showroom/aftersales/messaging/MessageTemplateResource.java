package dev.showroom.aftersales.messaging;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dealer's message templates: one per kind and language (the dealer's languages, and zh-CN and en), the
 * default until the manager writes the dealer's own.
 */
@Path("/api/v1/message-templates")
@Tag(name = "Messages", description = "Messages to customers who consented, with their delivery status")
@RolesAllowed({Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class MessageTemplateResource {

    /**
     * {@code own}: the dealer wrote it (false: the default). {@code version}: what a change names in
     * {@code If-Match} ({@code "0"} while the default applies).
     */
    public record MessageTemplateView(
            MessageKind kind,
            String language,
            String subject,
            String body,
            boolean own,
            Instant updatedAt,
            String updatedBy,
            long version) {}

    public record MessageTemplateRequest(
            @NotNull MessageKind kind,

            @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "a language tag, e.g. zh-CN")
            String language,

            String subject,
            String body) {}

    public record MessageTemplates(List<String> languages, List<MessageTemplateView> items) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @GET
    @Operation(
            operationId = "listMessageTemplates",
            summary = "Every kind of message in each of the dealer's languages: the dealer's own words or the default")
    public MessageTemplates list() {
        Set<String> languages =
                new LinkedHashSet<>(profiles.of(staff.dealerId()).languages());
        languages.add("zh-CN");
        languages.add("en");
        List<MessageTemplateView> items = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            for (String language : languages) {
                items.add(view(kind, language));
            }
        }
        return new MessageTemplates(List.copyOf(languages), items);
    }

    @PUT
    @Transactional
    @IfMatch
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "saveMessageTemplate",
            summary = "The dealer's words for one kind and language (placeholders {name} {time} {model} {link} "
                    + "{occasion} {optOutLink}); an empty body returns to the default; If-Match: the version read")
    public MessageTemplateView save(@Valid @NotNull MessageTemplateRequest request) {
        MessageTemplate t = MessageTemplate.of(request.kind(), request.language());
        Preconditions.check(version(t));
        if (request.body() == null || request.body().isBlank()) {
            if (t != null) {
                t.delete();
            }
            return view(request.kind(), request.language());
        }
        ProblemException.refuseIfAny(TemplateText.check(request.subject(), request.body()));
        if (t == null) {
            t = new MessageTemplate();
            t.id = UUID.randomUUID();
            t.kind = request.kind();
            t.language = request.language();
        }
        t.subject = request.subject() == null || request.subject().isBlank()
                ? null
                : request.subject().strip();
        t.body = request.body().strip();
        t.updatedAt = Instant.now(clock);
        t.updatedBy = staff.id();
        t.persistAndFlush(); // the version the answer names is the one stored
        return view(t);
    }

    private static MessageTemplateView view(MessageKind kind, String language) {
        MessageTemplate t = MessageTemplate.of(kind, language);
        if (t != null) {
            return view(t);
        }
        TemplateText.Default d = TemplateText.byDefault(kind, language);
        return new MessageTemplateView(kind, language, d.subject(), d.body(), false, null, null, 0);
    }

    private static MessageTemplateView view(MessageTemplate t) {
        TemplateText.Default d = TemplateText.byDefault(t.kind, t.language);
        return new MessageTemplateView(
                t.kind,
                t.language,
                t.subject != null ? t.subject : d.subject(),
                t.body,
                true,
                t.updatedAt,
                t.updatedBy,
                version(t));
    }

    /** 0 while the default applies, then one more than the row's own version (a new row is 1). */
    private static long version(MessageTemplate t) {
        return t == null ? 0 : t.version + 1;
    }
}
