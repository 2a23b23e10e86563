package dev.showroom.web.care;

import dev.showroom.web.care.CareApi.FollowUp;
import dev.showroom.web.care.CareApi.Survey;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.DealerTime;
import dev.showroom.web.sales.Typed;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The call-backs after delivery (docs/process.md, step 10: the next day, after 3, 7 and 30 days): the list of
 * those due now (overdue first, then today's in the dealer's time zone) and coming up, and one call-back with
 * the customer's phone, the calls made so far and the outcome of this one (reached, or when to try again).
 * From the call: send the satisfaction survey's link to the customer, record referrals, open a complaint.
 */
@Path("/console/care/calls")
@Produces(MediaType.TEXT_HTML)
public class CallsPage {

    static final int PAGE = 20;
    static final int COMING = 10;
    static final int SCANNED = 100;

    @CheckedTemplate(basePath = "care")
    static class Templates {
        static native TemplateInstance calls(Paged<FollowUp> due, List<FollowUp> coming, Filter filter);

        static native TemplateInstance call(
                FollowUp call,
                Survey survey,
                CareApi.Settings settings,
                List<String> categories,
                List<String> severities,
                String done,
                Typed typed,
                FieldErrors errors);
    }

    /** The list's page links. */
    public record Filter() {
        public String link(int page) {
            return "/console/care/calls?page=" + page;
        }
    }

    @Inject
    @RestClient
    CareApi care;

    @Inject
    DealerTime time;

    @GET
    public TemplateInstance calls(@QueryParam("page") int page) {
        Paged<FollowUp> due = care.followUps(true, null, null, Math.max(0, page), PAGE);
        Set<String> listed = due.items().stream().map(FollowUp::id).collect(Collectors.toSet());
        List<FollowUp> coming = care.followUps(null, "PENDING", null, 0, SCANNED).items().stream()
                .filter(f -> !listed.contains(f.id()) && !f.overdue() && !time.isToday(f.dueAt()))
                .limit(COMING)
                .toList();
        return Templates.calls(due, coming, new Filter());
    }

    @GET
    @Path("{id}")
    public TemplateInstance call(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(care.followUp(id), done, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    public Response record(
            @PathParam("id") String id,
            @RestForm String reached,
            @RestForm String note,
            @RestForm String retryAt,
            @RestForm String referralsAsked,
            @RestForm String satisfied,
            @RestForm("problem.category") String problemCategory,
            @RestForm("problem.severity") String problemSeverity,
            @RestForm("problem.description") String problemDescription) {
        Typed typed = Typed.of(
                "reached",
                reached,
                "note",
                note,
                "retryAt",
                retryAt,
                "referralsAsked",
                referralsAsked,
                "satisfied",
                satisfied,
                "problem.category",
                problemCategory,
                "problem.severity",
                problemSeverity,
                "problem.description",
                problemDescription);
        Body call = Body.of()
                .put("reached", reached == null || reached.isBlank() ? null : "yes".equals(reached))
                .put("note", note);
        if (satisfied != null && !satisfied.isBlank()) {
            call.put("satisfied", "yes".equals(satisfied));
        }
        if (problemDescription != null && !problemDescription.isBlank()) {
            // a problem raised on the call opens a complaint in the same step; after-sales names a missing field
            Map<String, Object> problem = new HashMap<>();
            problem.put("category", blankToNull(problemCategory));
            problem.put("severity", blankToNull(problemSeverity));
            problem.put("description", problemDescription);
            call.put("problem", problem);
        }
        if ("yes".equals(reached) && "true".equals(referralsAsked)) {
            // the call's referral checkpoint; left out on a referral-ask day, after-sales counts it as missed
            call.put("referralsAsked", true);
        }
        if (!"yes".equals(reached) && retryAt != null && !retryAt.isBlank()) {
            try {
                call.put(
                        "retryAt",
                        LocalDateTime.parse(retryAt)
                                .atZone(time.zone())
                                .toInstant()
                                .toString());
            } catch (DateTimeParseException e) {
                return Response.status(400)
                        .entity(page(
                                care.followUp(id),
                                null,
                                typed,
                                FieldErrors.none()
                                        .add(
                                                "retryAt",
                                                new FieldErrors.Violation(
                                                        "dateTime", "Please enter a date and time."))))
                        .build();
            }
        }
        Map<String, Object> body = new HashMap<>(call.map());
        body.putIfAbsent("reached", null); // the service's own "required" names the field
        try {
            care.recordCall(id, body);
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 409) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(care.followUp(id), null, typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/care/calls/" + id + "?done=call"))
                .build();
    }

    /** The survey's link goes to the customer's phone; staff learn only that it was sent, and until when it works. */
    @POST
    @Path("{id}/survey")
    public Response sendSurvey(@PathParam("id") String id) {
        FollowUp call = care.followUp(id);
        try {
            Survey survey = surveyOf(call);
            if (survey == null) {
                care.sendLinkTo(Body.of()
                        .put("leadId", call.leadId())
                        .put("orderId", call.orderId())
                        .map());
            } else if (!survey.answered()) {
                care.sendLink(survey.id());
            }
        } catch (GatewayProblem problem) {
            if (problem.status() != 409 && !problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(call, null, Typed.none(), FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/care/calls/" + id + "?done=survey"))
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private TemplateInstance page(FollowUp call, String done, Typed typed, FieldErrors errors) {
        return Templates.call(
                call,
                surveyOf(call),
                care.settings(),
                ComplaintsPage.CATEGORIES,
                ComplaintsPage.SEVERITIES,
                done,
                typed,
                errors);
    }

    /** The survey riding on this call-back, else the customer's newest one. */
    private Survey surveyOf(FollowUp call) {
        if (call.surveyId() != null) {
            return care.survey(call.surveyId());
        }
        List<Survey> surveys = care.surveys(null, call.leadId(), 0, 1).items();
        return surveys.isEmpty() ? null : surveys.get(0);
    }
}
