package dev.showroom.aftersales.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What reaches messaging from outside: the providers' webhook (a reply, a delivery receipt), authenticated by the
 * HMAC-SHA256 of its body with the secret shared with the provider; and the opt-out link's token, which the
 * gateway's customer page hands on.
 */
@Path("/api/v1/public")
@Tag(name = "Messages", description = "Messages to customers who consented, with their delivery status")
public class PublicMessageResource {

    public static final String SIGNATURE_HEADER = "X-Showroom-Signature";

    /** Replies that mean stop, compared without case and spaces. */
    static final java.util.Set<String> STOP_WORDS =
            java.util.Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "TD", "退订", "取消");

    /**
     * {@code type}: REPLY ({@code channel} SMS or EMAIL, {@code from} the customer's phone or e-mail, {@code
     * text}) or RECEIPT ({@code messageId}, {@code status} DELIVERED or FAILED).
     */
    @Schema(name = "InboundMessage")
    public record Inbound(String type, String channel, String from, String text, UUID messageId, String status) {}

    /** {@code optedOut}: customers opted out by this reply; {@code updated}: the receipt changed a status. */
    public record InboundResult(String type, int optedOut, boolean updated) {}

    public record OptOutRequest(@NotBlank @Size(max = 300) String token) {}

    public record OptOutResult(boolean optedOut, Instant optedOutAt, String dealerId) {}

    @Inject
    OptOuts optOuts;

    @Inject
    Messages messages;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "showroom.messages.webhook-secret")
    String webhookSecret;

    @POST
    @Path("messages/inbound")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receiveInboundMessage",
            summary = "The providers' webhook: a customer's reply (STOP opts them out at once) or a delivery "
                    + "receipt; the body signed with HMAC-SHA256 in " + SIGNATURE_HEADER + ": sha256=<hex>")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = Inbound.class)))
    @APIResponse(
            responseCode = "200",
            description = "Applied",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InboundResult.class)))
    @APIResponse(responseCode = "401", description = "No signature, or not the body's")
    public InboundResult inbound(byte[] body, @HeaderParam(SIGNATURE_HEADER) String signature) {
        if (body == null || !Signatures.validWebhook(webhookSecret, body, signature)) {
            throw new ProblemException(
                    401,
                    "unauthorized",
                    "Unauthorized",
                    SIGNATURE_HEADER + " is missing or is not the HMAC-SHA256 of the body",
                    null);
        }
        Inbound in;
        try {
            in = mapper.treeToValue(mapper.readTree(body), Inbound.class);
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.invalid("body", "json", "the body is not a JSON object");
        }
        if (in == null || in.type() == null) {
            throw ProblemException.invalid("type", "required", "type is REPLY or RECEIPT");
        }
        return switch (in.type()) {
            case "REPLY" -> {
                if (in.from() == null || in.from().isBlank() || in.from().length() > 254) {
                    throw ProblemException.invalid("from", "required", "the sender's phone or e-mail");
                }
                int stopped = isStop(in.text())
                        ? optOuts.byAddress(in.from().strip(), replyChannel(in.channel(), in.from()), "STOP_REPLY")
                        : 0;
                yield new InboundResult("REPLY", stopped, false);
            }
            case "RECEIPT" -> {
                if (in.messageId() == null) {
                    throw ProblemException.invalid("messageId", "required", "the message the receipt is about");
                }
                OutgoingMessage.Status status;
                try {
                    status = OutgoingMessage.Status.valueOf(String.valueOf(in.status()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("status", "enum", "DELIVERED or FAILED");
                }
                if (status != OutgoingMessage.Status.DELIVERED && status != OutgoingMessage.Status.FAILED) {
                    throw ProblemException.invalid("status", "enum", "DELIVERED or FAILED");
                }
                yield new InboundResult("RECEIPT", 0, optOuts.receipt(in.messageId(), status));
            }
            default -> throw ProblemException.invalid("type", "enum", "type is REPLY or RECEIPT");
        };
    }

    @POST
    @Path("message-opt-outs")
    @RolesAllowed(Roles.SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "optOutByToken",
            summary = "The customer opens the opt-out link of a message: no message from the dealer from now on "
                    + "(called by the gateway's customer page; 404 for a forged or altered token)")
    @APIResponse(
            responseCode = "200",
            description = "Opted out (again: the first time is kept)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OptOutResult.class)))
    public OptOutResult optOut(@Valid @NotNull OptOutRequest request) {
        Signatures.OptOut who =
                messages.readToken(request.token()).orElseThrow(() -> ProblemException.notFound("Opt-out link"));
        Instant at = optOuts.byLink(who.dealerId(), who.leadId());
        return new OptOutResult(true, at, who.dealerId());
    }

    /** The reply's channel as the provider names it, else as the address reads (an e-mail has an @). */
    static String replyChannel(String channel, String from) {
        if ("SMS".equals(channel) || "EMAIL".equals(channel)) {
            return channel;
        }
        return from.contains("@") ? "EMAIL" : "SMS";
    }

    static boolean isStop(String text) {
        if (text == null) {
            return false;
        }
        String word = text.strip().replaceAll("[\\s.!。！]+", "").toUpperCase(java.util.Locale.ROOT);
        return STOP_WORDS.contains(word);
    }
}
