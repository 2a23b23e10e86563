package dev.showroom.web.care;

import dev.showroom.web.care.CareApi.Answer;
import dev.showroom.web.care.CareApi.Question;
import dev.showroom.web.care.CareApi.Survey;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Surveys sent and answered: whether the customer's link went out, until when it works, and what they answered
 * (CSI, the recommendation score, each question of the template's version they answered). The customer answers
 * on their own phone through the link after-sales sent; staff only send the link (again), never see it and
 * never answer for the customer.
 */
@Path("/console/care/surveys")
@Produces(MediaType.TEXT_HTML)
public class SurveysPage {

    static final int PAGE = 20;
    static final List<String> STATUSES = List.of("PENDING", "COMPLETED");

    @CheckedTemplate(basePath = "care")
    static class Templates {
        static native TemplateInstance surveys(
                Paged<Survey> page, Map<String, String> names, Filter filter, List<String> statuses);

        static native TemplateInstance survey(
                Survey survey, String customer, List<Answered> answers, String done, FieldErrors errors);
    }

    /** The list's filter, kept in the pager's links. */
    public record Filter(String status) {
        public String link(int page) {
            return "/console/care/surveys?status=" + (status == null ? "" : status) + "&page=" + page;
        }
    }

    /** A question of the survey's template with the customer's answer (null: not answered). */
    public record Answered(Question question, Answer answer) {}

    @Inject
    @RestClient
    CareApi care;

    @Inject
    CustomerNames names;

    @GET
    public TemplateInstance surveys(@QueryParam("status") String status, @QueryParam("page") int page) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Paged<Survey> found = care.surveys(chosen, null, Math.max(0, page), PAGE);
        return Templates.surveys(
                found, names.of(found.items().stream().map(Survey::leadId).toList()), new Filter(chosen), STATUSES);
    }

    @GET
    @Path("{id}")
    public TemplateInstance survey(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(care.survey(id), done, FieldErrors.none());
    }

    @POST
    @Path("{id}/link")
    public Response sendLink(@PathParam("id") String id) {
        try {
            care.sendLink(id);
        } catch (GatewayProblem problem) {
            if (problem.status() != 409 && !problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(care.survey(id), null, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/care/surveys/" + id + "?done=survey"))
                .build();
    }

    private TemplateInstance page(Survey survey, String done, FieldErrors errors) {
        Map<String, Answer> byQuestion = new LinkedHashMap<>();
        survey.answers().forEach(a -> byQuestion.put(a.questionCode(), a));
        List<Answered> answers = care.template(survey.templateCode(), survey.templateVersion()).questions().stream()
                .map(q -> new Answered(q, byQuestion.get(q.code())))
                .toList();
        return Templates.survey(survey, names.of(survey.leadId()), answers, done, errors);
    }
}
