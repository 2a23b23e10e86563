package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.customer.CustomerAccess;
import dev.showroom.aftersales.messaging.OutgoingMessage.Channel;
import dev.showroom.aftersales.messaging.OutgoingMessage.Status;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Period;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The messages sent to customers (their history with the delivery status), a message sent by staff, and a
 * holiday greeting to every customer who consented. A consultant sees and sends to their own customers only.
 */
@Path("/api/v1/messages")
@Tag(name = "Messages", description = "Messages to customers who consented, with their delivery status")
@RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class MessageResource {

    public record MessageView(
            UUID id,
            UUID leadId,
            MessageKind kind,
            String language,
            Channel channel,
            String subject,
            String body,
            Status status,
            String failure,
            int attempts,
            Instant queuedAt,
            Instant sentAt,
            Instant deliveredAt,
            Instant failedAt) {}

    /**
     * {@code time}: the appointment or handover as the customer reads it; {@code link}: a page for the customer
     * (the survey's); {@code occasion}: a greeting's holiday.
     */
    public record SendRequest(
            @NotNull UUID leadId,
            @NotNull MessageKind kind,
            @Size(max = 40) String time,

            @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "an http(s) address")
            String link,

            @Size(max = 60) String occasion) {}

    public record GreetingRequest(@NotBlank @Size(max = 60) String occasion) {}

    public record GreetingResult(String occasion, long queued, long skipped) {}

    /** Messages queued in the period of one kind, channel and status. */
    public record ReportRow(MessageKind kind, Channel channel, Status status, long messages) {}

    /** Opt-outs in the period by how (STOP_REPLY, LINK). */
    public record OptOutRow(String via, long customers) {}

    public record Report(
            LocalDate from,
            LocalDate to,
            String timeZone,
            long messages,
            List<ReportRow> rows,
            long optOuts,
            List<OptOutRow> optOutsByVia,
            long consentingCustomers) {}

    @Inject
    Messages messages;

    @Inject
    EntityManager em;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @Inject
    CustomerAccess access;

    @Inject
    CurrentStaff staff;

    @GET
    @Operation(
            operationId = "listMessages",
            summary = "Messages to customers, newest first: ?leadId, ?status, ?kind, ?channel, and ?from, ?to (the "
                    + "dealer's days the message was queued on; with one of them given, the other defaults as in the "
                    + "report); a consultant sees their own customers'")
    @Sortable(
            value = {"queuedAt", "sentAt"},
            byDefault = "-queuedAt")
    public Page<MessageView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("status") String statusParam,
            @QueryParam("kind") String kindParam,
            @QueryParam("channel") String channelParam,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        Status status = QueryParams.enumOf(Status.class, statusParam, "status");
        MessageKind kind = QueryParams.enumOf(MessageKind.class, kindParam, "kind");
        Channel channel = QueryParams.enumOf(Channel.class, channelParam, "channel");
        Period queued = Period.parseIfGiven(from, to, profiles.zone(staff.dealerId()), clock);
        if (leadId != null) {
            access.requireMayWorkWith(leadId);
        }
        Filters f = new Filters()
                .and("leadId = :leadId", "leadId", leadId)
                .and("status = :status", "status", status)
                .and("kind = :kind", "kind", kind)
                .and("channel = :channel", "channel", channel)
                .and("queuedAt >= :from", "from", queued == null ? null : queued.start())
                .and("queuedAt < :to", "to", queued == null ? null : queued.end())
                .andIf(access.seesOnlyOwn(), CustomerAccess.OWN_LEAD.formatted("leadId"), "me", staff.id());
        var found = OutgoingMessage.<OutgoingMessage>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(found, page, MessageResource::view);
    }

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "sendMessage",
            summary = "Send a message of a template to a customer (e.g. the delivery invitation with its time); "
                    + "409 when the customer did not consent, opted out or was erased")
    @APIResponse(
            responseCode = "201",
            description = "Queued; Location names the customer's messages",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    public Response send(@Valid @NotNull SendRequest request) {
        access.requireMayWorkWith(request.leadId());
        Customer c = Customer.byLead(request.leadId());
        if (c == null) {
            throw ProblemException.notFound("Customer");
        }
        Map<String, String> values = new HashMap<>();
        values.put("time", request.time() == null ? "" : request.time());
        values.put("link", request.link() == null ? "" : request.link());
        values.put("occasion", request.occasion() == null ? "" : request.occasion());
        values.put("model", c.model == null ? "" : c.model);
        Messages.Outcome outcome =
                messages.queue(staff.dealerId(), c, request.kind(), "staff:" + UUID.randomUUID(), values);
        if (outcome.message() == null) {
            throw Messages.refused("No message to this customer", outcome.refusal());
        }
        return Response.created(URI.create("/api/v1/messages?leadId=" + c.leadId))
                .entity(view(outcome.message()))
                .build();
    }

    @POST
    @Path("greetings")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "sendGreetings",
            summary = "A holiday greeting to every customer of the dealer who consented and did not opt out, once "
                    + "per occasion")
    @APIResponse(
            responseCode = "200",
            description = "How many were queued, and how many customers already had this occasion's greeting",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GreetingResult.class)))
    public GreetingResult greetings(@Valid @NotNull GreetingRequest request) {
        String occasion = request.occasion().strip();
        String key = "greeting:" + occasion.toLowerCase(Locale.ROOT);
        List<Customer> consenting =
                Customer.list("consent = true and optedOutAt is null and erasedAt is null order by leadId");
        long queued = 0;
        long skipped = 0;
        for (Customer c : consenting) {
            Messages.Outcome o = messages.queue(
                    staff.dealerId(), c, MessageKind.HOLIDAY_GREETING, key, Map.of("occasion", occasion));
            if (o.message() != null) {
                queued++;
            } else {
                skipped++;
            }
        }
        return new GreetingResult(occasion, queued, skipped);
    }

    @GET
    @Path("report")
    @RolesAllowed({Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "messageReport",
            summary = "Messages queued in a period (?from, ?to: the dealer's days; default this month) per template, "
                    + "channel and delivery status; opt-outs in the period by how; customers who may be messaged now")
    @SuppressWarnings("unchecked")
    public Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        String dealer = staff.dealerId();
        Period period = Period.parse(from, to, profiles.zone(dealer), clock);
        List<Object[]> found = em.createNativeQuery("select kind, channel, status, count(*) from outgoing_message "
                        + "where dealer_id = ?1 and queued_at >= ?2 and queued_at < ?3 "
                        + "group by kind, channel, status order by kind, channel, status")
                .setParameter(1, dealer)
                .setParameter(2, period.start())
                .setParameter(3, period.end())
                .getResultList();
        List<ReportRow> rows = found.stream()
                .map(r -> new ReportRow(
                        MessageKind.valueOf((String) r[0]),
                        Channel.valueOf((String) r[1]),
                        Status.valueOf((String) r[2]),
                        ((Number) r[3]).longValue()))
                .toList();
        List<Object[]> outs = em.createNativeQuery("select coalesce(opted_out_via, 'OTHER'), count(*) from customer "
                        + "where dealer_id = ?1 and opted_out_at >= ?2 and opted_out_at < ?3 group by 1 order by 1")
                .setParameter(1, dealer)
                .setParameter(2, period.start())
                .setParameter(3, period.end())
                .getResultList();
        List<OptOutRow> byVia = outs.stream()
                .map(r -> new OptOutRow((String) r[0], ((Number) r[1]).longValue()))
                .toList();
        long consenting = ((Number) em.createNativeQuery("select count(*) from customer where dealer_id = ?1 "
                                + "and consent and opted_out_at is null and erased_at is null")
                        .setParameter(1, dealer)
                        .getSingleResult())
                .longValue();
        return new Report(
                period.from(),
                period.to(),
                period.zone().getId(),
                rows.stream().mapToLong(ReportRow::messages).sum(),
                rows,
                byVia.stream().mapToLong(OptOutRow::customers).sum(),
                byVia,
                consenting);
    }

    /** A survey's single-use page in a message, as staff see it: the token masked (only the customer answers). */
    private static final java.util.regex.Pattern SURVEY_PAGE =
            java.util.regex.Pattern.compile("(/survey/)[A-Za-z0-9_-]+");

    static String masked(OutgoingMessage m, String text) {
        return text == null || m.kind != MessageKind.SURVEY_LINK
                ? text
                : SURVEY_PAGE.matcher(text).replaceAll("$1…");
    }

    static MessageView view(OutgoingMessage m) {
        return new MessageView(
                m.id,
                m.leadId,
                m.kind,
                m.language,
                m.channel,
                masked(m, m.subject),
                masked(m, m.body),
                m.status,
                m.failure,
                m.attempts,
                m.queuedAt,
                m.sentAt,
                m.deliveredAt,
                m.failedAt);
    }
}
