package dev.showroom.web.lead;

import com.fasterxml.jackson.databind.JsonNode;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.needs.NeedsApi;
import dev.showroom.web.order.OrdersApi;
import dev.showroom.web.quote.QuotesApi;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Listing;
import dev.showroom.web.sales.Typed;
import dev.showroom.web.testdrive.TestDrivesApi;
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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The lead page: the lead's story as a timeline of the ten steps (what happened, what is next) read from
 * lead-, visit- and order-service, and the consultant's actions on it: record a follow-up (and regrade),
 * regrade, qualify (need, means, authority), defeat with a reason or reopen. Each action posts a form; a
 * service's refusal comes back beside the fields of that form, a success redirects back here (303).
 */
@Path("/console/leads/{id}")
@Produces(MediaType.TEXT_HTML)
public class LeadPage {

    static final List<String> KINDS = List.of("CALL", "MESSAGE", "VISIT");
    static final List<String> GRADES = List.of("H", "A", "B", "C");
    static final List<String> TIMEFRAMES = List.of("THIS_WEEK", "THIS_MONTH", "ONE_TO_THREE_MONTHS", "LATER");
    /** lead-service's defeat reasons: the outcome (docs/process.md, "Defeats"). */
    static final List<String> REASONS = List.of(
            "BOUGHT_COMPETITOR",
            "BOUGHT_SAME_BRAND_ELSEWHERE",
            "POSTPONED",
            "LOST_CONTACT",
            "PRICE",
            "FINANCING_REFUSED",
            "OTHER");

    /** The objection form's choices (lead-service's enumerations). */
    public record Choices(List<String> categories, List<String> contexts, List<String> genuine) {}

    static final Choices CHOICES = new Choices(
            List.of(
                    "PRICE",
                    "PRODUCT_FUNCTION",
                    "AFTER_SALES_SERVICE",
                    "COMPETITOR",
                    "RESOURCES_SUPPORT",
                    "GUARANTEES",
                    "FINANCING",
                    "TRADE_IN",
                    "TIMING",
                    "OTHER"),
            List.of(
                    "RECEPTION",
                    "FOLLOW_UP",
                    "NEEDS_ANALYSIS",
                    "PRESENTATION",
                    "TEST_DRIVE",
                    "NEGOTIATION",
                    "CLOSING",
                    "OTHER"),
            List.of("TRUE_OBJECTION", "PRETEXT", "UNKNOWN"));

    /** Which form the errors and the typed values belong to (one form is sent at a time). */
    public record Sent(String form, FieldErrors errors, Typed typed) {
        public FieldErrors errorsOf(String name) {
            return name.equals(form) ? errors : FieldErrors.none();
        }

        public Typed typedIn(String name) {
            return name.equals(form) ? typed : Typed.none();
        }

        /** The errors of the resolution form of one objection. */
        public FieldErrors errorsOfResolution(String objectionId) {
            return errorsOf("resolve-" + objectionId);
        }

        public Typed typedInResolution(String objectionId) {
            return typedIn("resolve-" + objectionId);
        }

        static Sent nothing() {
            return new Sent("", FieldErrors.none(), Typed.none());
        }
    }

    @CheckedTemplate(basePath = "lead")
    static class Templates {
        static native TemplateInstance lead(
                Story story,
                Sent sent,
                String done,
                List<String> kinds,
                List<String> grades,
                List<String> reasons,
                List<String> gaps,
                Choices choices,
                List<LeadApi.Objection> objections,
                List<String> timeframes,
                List<LeadApi.DefeatRecord> defeats);
    }

    @Inject
    @RestClient
    Customer360Api customer360;

    @Inject
    @RestClient
    LeadApi leads;

    @GET
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, Sent.nothing(), done);
    }

    @POST
    @Path("follow-up")
    public Response followUp(
            @PathParam("id") String id,
            @RestForm String kind,
            @RestForm String outcome,
            @RestForm String nextStep,
            @RestForm String grade) {
        Typed typed = Typed.of("kind", kind, "outcome", outcome, "nextStep", nextStep, "grade", grade);
        return act(
                id,
                "followUp",
                typed,
                () -> leads.recordFollowUp(
                        id,
                        Body.of()
                                .required("kind", kind)
                                .required("outcome", outcome)
                                .put("nextStep", nextStep)
                                .put("grade", grade)
                                .map()));
    }

    @POST
    @Path("grade")
    public Response grade(
            @PathParam("id") String id,
            @RestForm String grade,
            @RestForm String purchaseTimeframe,
            @RestForm String version) {
        // the version the page showed: a grade chosen on a lead someone changed meanwhile is refused (412)
        return act(
                id,
                "grade",
                Typed.of("grade", grade, "purchaseTimeframe", purchaseTimeframe),
                () -> leads.grade(
                        id,
                        "\"" + version + "\"",
                        Body.of()
                                .required("grade", grade)
                                .put("purchaseTimeframe", purchaseTimeframe)
                                .map()));
    }

    @POST
    @Path("qualification")
    public Response qualify(
            @PathParam("id") String id,
            @RestForm String need,
            @RestForm String means,
            @RestForm String authority,
            @RestForm String note) {
        Typed typed = Typed.of("need", need, "means", means, "authority", authority, "note", note);
        return act(
                id,
                "qualify",
                typed,
                () -> leads.qualify(
                        id,
                        Body.of()
                                .put("need", Body.ticked(need))
                                .put("means", Body.ticked(means))
                                .put("authority", Body.ticked(authority))
                                .put("note", note)
                                .map()));
    }

    @POST
    @Path("defeat")
    public Response defeat(
            @PathParam("id") String id,
            @RestForm String reason,
            @RestForm String objection,
            @RestForm String competitorBrand,
            @RestForm String competitorModel,
            @RestForm String note) {
        return act(
                id,
                "defeat",
                Typed.of(
                        "reason",
                        reason,
                        "objection",
                        objection,
                        "competitorBrand",
                        competitorBrand,
                        "competitorModel",
                        competitorModel,
                        "note",
                        note),
                () -> leads.defeat(
                        id,
                        Body.of()
                                .required("reason", reason)
                                .put("objection", objection)
                                .put("competitorBrand", competitorBrand)
                                .put("competitorModel", competitorModel)
                                .put("note", note)
                                .map()));
    }

    /** An objection at any step, with seed 002's routine (lead-service names the rule it breaks beside its box). */
    @POST
    @Path("objection")
    public Response objection(
            @PathParam("id") String id,
            @RestForm String category,
            @RestForm String context,
            @RestForm String objectorDecides,
            @RestForm String genuine,
            @RestForm String onlyReasonConfirmed,
            @RestForm String commitmentObtained,
            @RestForm String answer,
            @RestForm String resolved) {
        Typed typed = Typed.of(
                "category",
                category,
                "context",
                context,
                "objectorDecides",
                objectorDecides,
                "genuine",
                genuine,
                "onlyReasonConfirmed",
                onlyReasonConfirmed,
                "commitmentObtained",
                commitmentObtained,
                "answer",
                answer,
                "resolved",
                resolved);
        return act(
                id,
                "objection",
                typed,
                () -> leads.raiseObjection(
                        id,
                        Body.of()
                                .required("category", category)
                                .required("context", context)
                                .put("objectorDecides", Body.ticked(objectorDecides))
                                .put("genuine", genuine)
                                .put("onlyReasonConfirmed", Body.ticked(onlyReasonConfirmed))
                                .put("commitmentObtained", Body.ticked(commitmentObtained))
                                .put("answer", answer)
                                .put("resolved", Body.ticked(resolved))
                                .map()));
    }

    @POST
    @Path("objections/{objectionId}/resolution")
    public Response resolveObjection(
            @PathParam("id") String id,
            @PathParam("objectionId") String objectionId,
            @RestForm String answer,
            @RestForm String commitmentObtained,
            @RestForm String version) {
        // the version the page showed: an objection resolved or changed meanwhile is refused (412)
        return act(
                id,
                "resolve-" + objectionId,
                Typed.of("answer", answer, "commitmentObtained", commitmentObtained),
                () -> leads.resolveObjection(
                        id,
                        objectionId,
                        "\"" + version + "\"",
                        Body.of()
                                .put("answer", answer)
                                .put("commitmentObtained", Body.ticked(commitmentObtained))
                                .map()));
    }

    @POST
    @Path("reopen")
    public Response reopen(@PathParam("id") String id) {
        return act(id, "reopen", Typed.none(), () -> leads.reopen(id));
    }

    private Response act(String id, String form, Typed typed, Runnable call) {
        try {
            call.run();
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 409 && problem.status() != 412) {
                throw problem;
            }
            // a 409 (an ordered or defeated lead) or a 412 (changed meanwhile: the page now shows the current
            // version) is said above the form that was sent
            return Response.status(problem.status())
                    .entity(page(id, new Sent(form, FieldErrors.of(problem), typed), null))
                    .build();
        }
        return Response.seeOther(URI.create(
                        "/console/leads/" + id + "?done=" + (form.startsWith("resolve-") ? "resolved" : form)))
                .build();
    }

    TemplateInstance page(String id, Sent sent, String done) {
        JsonNode view = customer360.view(id, STORY_SECTIONS);
        if (view.path("lead").isNull() || view.path("lead").isMissingNode()) {
            // the lead itself refused (a colleague's lead: 403) or its service down: the page cannot stand without it
            int status = view.path("refused").path("lead").asInt(503);
            throw new GatewayProblem(
                    status, new dev.showroom.web.gateway.Problem(null, null, status, null, null, null), null);
        }
        return Templates.lead(
                story(view),
                sent,
                done,
                KINDS,
                GRADES,
                REASONS,
                gaps(view),
                CHOICES,
                objections(view),
                TIMEFRAMES,
                defeats(view));
    }

    /** The lead's objections, newest first (customer 360's {@code objections}); none when lead-service is a gap. */
    static List<LeadApi.Objection> objections(JsonNode view) {
        return Listing.of(view.get("objections"), LeadApi.Objection.class);
    }

    /** The lead's defeats with the manager's review, newest first (customer 360's {@code defeats}). */
    static List<LeadApi.DefeatRecord> defeats(JsonNode view) {
        return Listing.of(view.get("defeats"), LeadApi.DefeatRecord.class);
    }

    /** The sections of customer 360 the story reads (after-sales' are not: the page does not show them). */
    static final String STORY_SECTIONS =
            "salesFollowUps,contacts,objections,defeats,visits,appointments,needsAnalyses,presentations,testDrives,quotes,"
                    + "orders";

    /** The story from the sections of customer 360 (a section the caller may not see, or a gap, is empty). */
    static Story story(JsonNode view) {
        return new Story(
                Listing.one(view.get("lead"), LeadApi.Lead.class),
                Listing.of(view.get("salesFollowUps"), LeadApi.FollowUp.class),
                Listing.of(view.get("contacts"), LeadApi.Contact.class),
                Listing.of(view.get("visits"), VisitsApi.Visit.class),
                Listing.of(view.get("appointments"), VisitsApi.Appointment.class),
                Listing.of(view.get("needsAnalyses"), NeedsApi.Analysis.class),
                Listing.of(view.get("testDrives"), TestDrivesApi.TestDrive.class),
                Listing.of(view.get("quotes"), QuotesApi.Quote.class),
                Listing.of(view.get("orders"), OrdersApi.Order.class),
                Listing.of(
                        view.get("presentations"), dev.showroom.web.presentation.PresentationsApi.Presentation.class));
    }

    /** The services that did not answer (their part of the story is missing, and the page says so). */
    static List<String> gaps(JsonNode view) {
        List<String> gaps = new java.util.ArrayList<>();
        view.path("gaps").forEach(gap -> gaps.add(gap.asText()));
        return gaps;
    }
}
