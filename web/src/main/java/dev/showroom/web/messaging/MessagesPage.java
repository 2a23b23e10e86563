package dev.showroom.web.messaging;

import dev.showroom.web.care.CustomerNames;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.Problem;
import dev.showroom.web.sales.Typed;
import dev.showroom.web.shell.Who;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Messages to customers with their delivery status (aftersales-service's history), newest first, 20 a page, by
 * kind, status and channel; one customer's when the page names a lead (the link on the lead's page), with a form
 * to send that customer a message of a template. A manager sends the dealer's holiday greeting from here. Who sees
 * whose messages is after-sales' rule (a consultant their own customers'); the links in a message's text (the
 * survey's page, the opt-out link) are the customer's and not shown.
 */
@Path("/console/messages")
@Produces(MediaType.TEXT_HTML)
public class MessagesPage {

    static final int PAGE = 20;
    public static final List<String> KINDS = List.of(
            "VISIT_THANK_YOU",
            "APPOINTMENT_REMINDER",
            "TEST_DRIVE_CONFIRMATION",
            "DELIVERY_INVITATION",
            "DELIVERY_DELAYED",
            "SURVEY_LINK",
            "HOLIDAY_GREETING");
    /**
     * What staff send by hand: not a survey's link (it goes from the survey's page, which never shows it), nor a
     * delay (after-sales sends it on order.delayed with the new date).
     */
    public static final List<String> SENDABLE = KINDS.stream()
            .filter(k -> !k.equals("SURVEY_LINK") && !k.equals("DELIVERY_DELAYED"))
            .toList();

    public static final List<String> STATUSES = List.of("QUEUED", "SENT", "DELIVERED", "FAILED");
    public static final List<String> CHANNELS = List.of("SMS", "EMAIL");

    @CheckedTemplate(basePath = "messaging")
    static class Templates {
        static native TemplateInstance messages(View view);
    }

    /** The list's filter, kept in the pager's links. */
    public record Filter(String leadId, String kind, String status, String channel, String from, String to) {
        public String link(int page) {
            UriBuilder uri = UriBuilder.fromPath("/console/messages");
            if (leadId != null) {
                uri.queryParam("leadId", leadId);
            }
            if (kind != null) {
                uri.queryParam("kind", kind);
            }
            if (status != null) {
                uri.queryParam("status", status);
            }
            if (channel != null) {
                uri.queryParam("channel", channel);
            }
            if (from != null) {
                uri.queryParam("from", from);
            }
            if (to != null) {
                uri.queryParam("to", to);
            }
            return uri.queryParam("page", page).build().toString();
        }
    }

    /**
     * What the page shows: the messages found, the customers' names (after-sales' copy; empty for a consultant, who
     * has the lead's page), the customer looked at (leadId) and their name, what was just done, and the two forms
     * (send to this customer, the greeting) with what was typed and the service's refusals.
     */
    public record View(
            Paged<MessagesApi.Message> page,
            Map<String, String> names,
            Filter filter,
            String customer,
            String done,
            String doneDetail,
            String idempotencyKey,
            Typed typed,
            FieldErrors sendErrors,
            String refusal,
            FieldErrors greetErrors,
            FieldErrors filterErrors,
            boolean mayGreet,
            boolean mayOpenLead) {
        public List<String> kinds() {
            return KINDS;
        }

        /** A greeting just sent: how many were queued ({@code doneDetail} is "queued,skipped"). */
        public long greetedQueued() {
            return part(0);
        }

        public long greetedSkipped() {
            return part(1);
        }

        private long part(int i) {
            String[] parts = doneDetail == null ? new String[0] : doneDetail.split(",");
            try {
                return parts.length > i ? Long.parseLong(parts[i].strip()) : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        public List<String> sendable() {
            return SENDABLE;
        }

        public List<String> statuses() {
            return STATUSES;
        }

        public List<String> channels() {
            return CHANNELS;
        }
    }

    @Inject
    @RestClient
    MessagesApi api;

    @Inject
    CustomerNames names;

    @Inject
    Who who;

    /** The history, filtered; a period after-sales refuses is named beside its date, over the list without it. */
    @GET
    public Response list(
            @QueryParam("leadId") String leadId,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("channel") String channel,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") int page,
            @QueryParam("done") String done,
            @QueryParam("detail") String detail) {
        Filter filter = filter(leadId, kind, status, channel, from, to);
        try {
            return Response.ok(page(filter, page, State.shown(done, detail))).build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(filter, 0, State.periodRefused(FieldErrors.of(problem), done, detail)))
                    .build();
        }
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(
            @RestForm String leadId,
            @RestForm String kind,
            @RestForm String time,
            @RestForm String occasion,
            @RestForm String idempotencyKey) {
        Filter filter = filter(leadId, null, null, null, null, null);
        Map<String, Object> body = new HashMap<>();
        body.put("leadId", filter.leadId());
        body.put("kind", kind);
        if (time != null && !time.isBlank()) {
            body.put("time", time.strip());
        }
        if (occasion != null && !occasion.isBlank()) {
            body.put("occasion", occasion.strip());
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : idempotencyKey;
        try {
            api.send(body, key);
        } catch (GatewayProblem problem) {
            Typed typed = Typed.of("kind", kind, "time", time, "occasion", occasion);
            if (problem.status() == 409) {
                // the customer may not be messaged: said beside the form, in the page's language
                return Response.status(409)
                        .entity(page(filter, 0, State.sendDeclined(typed, refusal(problem))))
                        .build();
            }
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(filter, 0, State.sendRefused(typed, FieldErrors.of(problem))))
                    .build();
        }
        return Response.seeOther(UriBuilder.fromPath("/console/messages")
                        .queryParam("leadId", filter.leadId())
                        .queryParam("done", "sent")
                        .build())
                .build();
    }

    @POST
    @Path("greetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response greet(@RestForm String occasion) {
        Map<String, Object> body = new HashMap<>();
        body.put("occasion", occasion == null ? "" : occasion.strip());
        try {
            MessagesApi.GreetingResult result = api.greet(body);
            return Response.seeOther(UriBuilder.fromPath("/console/messages")
                            .queryParam("kind", "HOLIDAY_GREETING")
                            .queryParam("done", "greeted")
                            .queryParam("detail", result.queued() + "," + result.skipped())
                            .build())
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(
                            filter(null, null, null, null, null, null),
                            0,
                            State.greetRefused(Typed.of("occasion", occasion), FieldErrors.of(problem))))
                    .build();
        }
    }

    /**
     * What a request brings to the page besides the list's filter: what was just done ({@code done}, its
     * {@code detail}), what the refused form had typed, and the refusals (the send form's errors or after-sales'
     * reason for not sending, the greeting's errors, the period's).
     */
    record State(
            String done,
            String detail,
            Typed typed,
            FieldErrors sendErrors,
            String refusal,
            FieldErrors greetErrors,
            FieldErrors filterErrors) {

        /** The page as asked for, after what was just done (or nothing). */
        static State shown(String done, String detail) {
            return new State(
                    done, detail, Typed.none(), FieldErrors.none(), null, FieldErrors.none(), FieldErrors.none());
        }

        /** The list's period refused: the list goes without it. */
        static State periodRefused(FieldErrors errors, String done, String detail) {
            return new State(done, detail, Typed.none(), FieldErrors.none(), null, FieldErrors.none(), errors);
        }

        /** The send form refused for its fields. */
        static State sendRefused(Typed typed, FieldErrors errors) {
            return new State(null, null, typed, errors, null, FieldErrors.none(), FieldErrors.none());
        }

        /** The customer may not be messaged ({@link MessagesPage#refusal}). */
        static State sendDeclined(Typed typed, String refusal) {
            return new State(null, null, typed, FieldErrors.none(), refusal, FieldErrors.none(), FieldErrors.none());
        }

        /** The greeting refused for its occasion. */
        static State greetRefused(Typed typed, FieldErrors errors) {
            return new State(null, null, typed, FieldErrors.none(), null, errors, FieldErrors.none());
        }
    }

    private TemplateInstance page(Filter filter, int page, State state) {
        FieldErrors filterErrors = state.filterErrors();
        boolean period = !filterErrors.any();
        Paged<MessagesApi.Message> found = api.messages(
                filter.leadId(),
                filter.kind(),
                filter.status(),
                filter.channel(),
                period ? filter.from() : null,
                period ? filter.to() : null,
                Math.max(0, page),
                PAGE);
        // customer care and managers name customers from after-sales' copy; a consultant has the lead's page
        boolean mayName = who.any("customer-care,manager,admin");
        Map<String, String> known = mayName
                ? names.of(found.items().stream()
                        .map(MessagesApi.Message::leadId)
                        .distinct()
                        .toList())
                : Map.of();
        String customer = filter.leadId() == null || !mayName
                ? null
                : known.containsKey(filter.leadId()) ? known.get(filter.leadId()) : names.of(filter.leadId());
        return Templates.messages(new View(
                found,
                known,
                filter,
                customer,
                state.done(),
                state.detail(),
                UUID.randomUUID().toString(),
                state.typed(),
                state.sendErrors(),
                state.refusal(),
                state.greetErrors(),
                filterErrors,
                who.any("manager,admin"),
                who.any("consultant,manager,admin")));
    }

    static Filter filter(String leadId, String kind, String status, String channel, String from, String to) {
        return new Filter(
                uuid(leadId),
                oneOf(KINDS, kind),
                oneOf(STATUSES, status),
                oneOf(CHANNELS, channel),
                given(from),
                given(to));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value when it is one of {@code values}, else null (an immutable list's contains refuses null). */
    private static String oneOf(List<String> values, String value) {
        return value != null && values.contains(value) ? value : null;
    }

    private static String uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * after-sales' 409 said as a reason the page words in its language: the rule the problem names
     * ({@code opted-out} → {@code OPTED_OUT}), never the wording of its detail.
     */
    static String refusal(GatewayProblem problem) {
        for (Problem.FieldError e : problem.problem().errors()) {
            if (e.rule() != null && REFUSALS.contains(e.rule())) {
                return e.rule().toUpperCase(Locale.ROOT).replace('-', '_');
            }
        }
        return "OTHER";
    }

    private static final List<String> REFUSALS =
            List.of("no-consent", "opted-out", "erased", "no-address", "already-sent");
}
