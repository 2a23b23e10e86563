package dev.showroom.web.care;

import dev.showroom.web.care.CareApi.Complaint;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
import dev.showroom.web.shell.Who;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Complaints from opening to the customer's confirmation: the open ones by priority (CRITICAL first) then age with
 * their acknowledgement clock (the deadlines of their severity; HIGH and CRITICAL are the managers' at once, and past a
 * deadline after-sales escalates the others), opening one from any channel, and one complaint with its history and
 * the step it is at: acknowledge (the customer is told the date to expect the resolution), investigation notes, hand
 * over, escalate to the managers, resolve with a remedy and the root cause, the customer's answer.
 */
@Path("/console/care/complaints")
@Produces(MediaType.TEXT_HTML)
public class ComplaintsPage {

    static final int PAGE = 20;
    static final List<String> STATUSES = List.of("OPEN", "ACKNOWLEDGED", "RESOLVED", "CLOSED");
    static final List<String> CHANNELS =
            List.of("PHONE", "SHOWROOM", "EMAIL", "ONLINE", "SOCIAL_MEDIA", "SURVEY", "LETTER", "OTHER");
    static final List<String> CATEGORIES = List.of(
            "SALES_PROCESS",
            "STAFF_BEHAVIOUR",
            "PRICE_AND_CONTRACT",
            "PRODUCT",
            "DELIVERY",
            "DOCUMENTS",
            "FINANCING",
            "OTHER");
    static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    static final List<String> REMEDIES =
            List.of("APOLOGY", "EXPLANATION", "REPAIR", "REPLACEMENT", "COMPENSATION", "REFUND", "OTHER");
    static final List<String> ROOT_CAUSES = List.of(
            "STAFF_CONDUCT",
            "PROCESS_GAP",
            "COMMUNICATION",
            "PRODUCT_DEFECT",
            "DELIVERY_DELAY",
            "SUPPLIER_OR_PARTNER",
            "CUSTOMER_EXPECTATION",
            "NO_FAULT_FOUND",
            "OTHER");

    @CheckedTemplate(basePath = "care", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance complaints(
                Paged<Complaint> page, Map<String, SlaClock> clocks, Filter filter, List<String> statuses);

        static native TemplateInstance complaint(
                Complaint complaint,
                SlaClock clock,
                boolean mayWork,
                String done,
                Typed typed,
                FieldErrors errors,
                List<String> remedies,
                List<String> rootCauses);

        static native TemplateInstance complaintNew(
                String leadId,
                String orderId,
                String customer,
                String idempotencyKey,
                Typed typed,
                FieldErrors errors,
                List<String> channels,
                List<String> categories,
                List<String> severities);
    }

    /** The list's filter: a status, or every complaint not closed (none chosen); escalated ones only. */
    public record Filter(String status, boolean escalated) {
        public String link(int page) {
            return "/console/care/complaints?status=" + (status == null ? "" : status)
                    + (escalated ? "&escalated=true" : "") + "&page=" + page;
        }
    }

    @Inject
    @RestClient
    CareApi care;

    @Inject
    CustomerNames names;

    @Inject
    Who who;

    @GET
    public TemplateInstance complaints(
            @QueryParam("status") String status,
            @QueryParam("escalated") boolean escalated,
            @QueryParam("page") int page) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Paged<Complaint> found = care.complaints(
                chosen == null ? Boolean.TRUE : null, chosen, escalated ? Boolean.TRUE : null, Math.max(0, page), PAGE);
        Instant now = Instant.now();
        Map<String, SlaClock> clocks = new java.util.HashMap<>();
        found.items().forEach(c -> clocks.put(c.id(), SlaClock.of(c, now)));
        return Templates.complaints(found, clocks, new Filter(chosen, escalated), STATUSES);
    }

    @GET
    @Path("new")
    public TemplateInstance form(@QueryParam("leadId") String leadId, @QueryParam("orderId") String orderId) {
        return newForm(leadId, orderId, UUID.randomUUID().toString(), Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("new")
    public Response open(
            @RestForm String leadId,
            @RestForm String orderId,
            @RestForm String idempotencyKey,
            @RestForm String customerName,
            @RestForm String customerPhone,
            @RestForm String channel,
            @RestForm String category,
            @RestForm String severity,
            @RestForm String description) {
        Body body = Body.of()
                .put("leadId", leadId)
                .put("orderId", orderId)
                .put("customerName", customerName)
                .put("customerPhone", customerPhone)
                .required("channel", channel)
                .required("category", category)
                .required("severity", severity)
                .required("description", description);
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : idempotencyKey;
        try {
            Complaint opened = care.open(body.map(), key);
            return Response.seeOther(URI.create("/console/care/complaints/" + opened.id() + "?done=opened"))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            Typed typed = Typed.of(
                    "customerName",
                    customerName,
                    "customerPhone",
                    customerPhone,
                    "channel",
                    channel,
                    "category",
                    category,
                    "severity",
                    severity,
                    "description",
                    description);
            return Response.status(problem.status())
                    .entity(newForm(leadId, orderId, key, typed, FieldErrors.of(problem)))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance complaint(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(care.complaint(id), done, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("{id}/acknowledge")
    public Response acknowledge(@PathParam("id") String id) {
        return step(id, "acknowledge", Body.of(), Typed.none());
    }

    @POST
    @Path("{id}/notes")
    public Response note(@PathParam("id") String id, @RestForm String text) {
        return step(id, "notes", Body.of().required("text", text), Typed.of("text", text));
    }

    @POST
    @Path("{id}/assign")
    public Response assign(@PathParam("id") String id, @RestForm String assigneeId) {
        return step(id, "assign", Body.of().required("assigneeId", assigneeId), Typed.of("assigneeId", assigneeId));
    }

    /** To the managers now, before the clock runs out (a serious case); from then on they work on it. */
    @POST
    @Path("{id}/escalate")
    public Response escalate(@PathParam("id") String id, @RestForm String reason) {
        return step(id, "escalate", Body.of().required("reason", reason), Typed.of("reason", reason));
    }

    @POST
    @Path("{id}/resolve")
    public Response resolve(
            @PathParam("id") String id,
            @RestForm String remedy,
            @RestForm String rootCause,
            @RestForm String resolution) {
        return step(
                id,
                "resolve",
                Body.of()
                        .required("remedy", remedy)
                        .required("rootCause", rootCause)
                        .required("resolution", resolution),
                Typed.of("remedy", remedy, "rootCause", rootCause, "resolution", resolution));
    }

    /** The customer's answer to the resolution, as care heard it: yes closes, no reopens the investigation. */
    @POST
    @Path("{id}/confirm")
    public Response confirm(@PathParam("id") String id, @RestForm String confirmed, @RestForm String note) {
        Body body = Body.of()
                .put("confirmed", confirmed == null || confirmed.isBlank() ? null : "yes".equals(confirmed))
                .put("note", note);
        Map<String, Object> sent = new java.util.HashMap<>(body.map());
        sent.putIfAbsent("confirmed", null);
        return step(id, "confirm", sent, Typed.of("confirmed", confirmed, "note", note));
    }

    private Response step(String id, String step, Body body, Typed typed) {
        return step(id, step, body.map(), typed);
    }

    private Response step(String id, String step, Map<String, Object> body, Typed typed) {
        try {
            care.step(id, step, body);
        } catch (GatewayProblem problem) {
            // a wrong state (409) or an escalated complaint for a non-manager (403) is said on the page
            if (!problem.validation() && problem.status() != 409 && problem.status() != 403) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(care.complaint(id), null, typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/care/complaints/" + id + "?done=" + step))
                .build();
    }

    private TemplateInstance page(Complaint c, String done, Typed typed, FieldErrors errors) {
        boolean mayWork = !"CLOSED".equals(c.status()) && (!c.escalated() || who.any("manager,admin"));
        return Templates.complaint(
                c, SlaClock.of(c, Instant.now()), mayWork, done, typed, errors, REMEDIES, ROOT_CAUSES);
    }

    private TemplateInstance newForm(String leadId, String orderId, String key, Typed typed, FieldErrors errors) {
        String lead = leadId == null || leadId.isBlank() ? null : leadId;
        return Templates.complaintNew(
                lead,
                orderId == null || orderId.isBlank() ? null : orderId,
                lead == null ? "" : names.of(lead),
                key,
                typed,
                errors,
                CHANNELS,
                CATEGORIES,
                SEVERITIES);
    }
}
