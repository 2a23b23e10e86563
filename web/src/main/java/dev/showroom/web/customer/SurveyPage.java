package dev.showroom.web.customer;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.shell.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The satisfaction survey a customer opens from the link after-sales sent to their phone
 * ({@code <customer pages>/survey/{token}}): the questions of the dealer's template, answered once. No
 * sign-in: the link's token is the only key, and nothing personal is shown. An unknown, answered or expired
 * link gets a page that says so; the gateway's rate limit applies as to the public API.
 */
@Path("/survey")
@Produces(MediaType.TEXT_HTML)
public class SurveyPage {

    /** A question left unanswered (worded by the violation message of the page's language). */
    static final FieldErrors.Violation REQUIRED = new FieldErrors.Violation("required", "Please answer this question.");

    private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[(\\d+)]\\..*");

    @CheckedTemplate(basePath = "customer", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance survey(
                String token,
                PublicApi.Survey survey,
                SurveyForm form,
                Map<String, String> given,
                FieldErrors errors,
                String codes);

        static native TemplateInstance surveyDone(String dealerId);

        static native TemplateInstance linkClosed(String reason);
    }

    @Inject
    @RestClient
    PublicApi api;

    @Inject
    HttpServerRequest request;

    @GET
    @Path("done")
    public TemplateInstance done(@QueryParam("dealer") String dealerId) {
        return Templates.surveyDone(dealerId);
    }

    @GET
    @Path("{token}")
    public Response questions(@PathParam("token") String token) {
        try {
            PublicApi.Survey survey = api.survey(token, forwardedFor(request));
            return Response.ok(form(token, survey, Map.of(), FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            return closed(problem);
        }
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token) {
        Map<String, String> given = Forms.current();
        PublicApi.Survey survey;
        try {
            survey = api.survey(token, forwardedFor(request));
        } catch (GatewayProblem problem) {
            return closed(problem);
        }
        // every scale and yes/no question needs a choice; a text may stay empty
        FieldErrors errors = FieldErrors.none();
        List<PublicApi.Question> answered = new ArrayList<>();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (PublicApi.Question q : survey.questions()) {
            String value = given.getOrDefault(q.code(), "");
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("questionCode", q.code());
            if (q.freeText()) {
                if (value.isBlank()) {
                    continue;
                }
                answer.put("text", value);
            } else if (q.yesNo()) {
                if (!value.equals("yes") && !value.equals("no")) {
                    errors = errors.add(q.code(), REQUIRED);
                    continue;
                }
                answer.put("yes", value.equals("yes"));
            } else {
                Integer rating = parse(value);
                if (rating == null || !q.scale().contains(rating)) {
                    errors = errors.add(q.code(), REQUIRED);
                    continue;
                }
                answer.put("rating", rating);
            }
            answered.add(q);
            answers.add(answer);
        }
        if (errors.any()) {
            return Response.status(400)
                    .entity(form(token, survey, given, errors))
                    .build();
        }
        try {
            api.answer(token, Map.of("answers", answers), forwardedFor(request));
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                return closed(problem);
            }
            return Response.status(400)
                    .entity(form(token, survey, given, byQuestion(FieldErrors.of(problem), problem, answered)))
                    .build();
        }
        String dealer = survey.dealerId() == null ? "" : "?dealer=" + survey.dealerId();
        return Response.seeOther(URI.create("/survey/done" + dealer)).build();
    }

    /** The service names a broken answer by its index ({@code answers[2].rating}): shown beside that question. */
    static FieldErrors byQuestion(FieldErrors ignored, GatewayProblem problem, List<PublicApi.Question> answered) {
        FieldErrors errors = FieldErrors.none();
        for (var e : problem.problem().errors()) {
            Matcher m = ANSWER_FIELD.matcher(e.field() == null ? "" : e.field());
            FieldErrors.Violation violation = new FieldErrors.Violation(e.rule(), e.message());
            if (m.matches() && Integer.parseInt(m.group(1)) < answered.size()) {
                errors = errors.add(answered.get(Integer.parseInt(m.group(1))).code(), violation);
            } else {
                errors = errors.addGeneral(violation);
            }
        }
        return errors.any() ? errors : ignored;
    }

    private TemplateInstance form(
            String token, PublicApi.Survey survey, Map<String, String> given, FieldErrors errors) {
        String codes = survey.questions().stream().map(PublicApi.Question::code).collect(Collectors.joining(","));
        return Templates.survey(token, survey, SurveyForm.of(survey, given), given, errors, codes);
    }

    private Response closed(GatewayProblem problem) {
        String reason = switch (problem.status()) {
            case 404 -> "unknown";
            case 409 -> "used";
            case 410 -> "expired";
            default -> throw problem; // 429, 5xx: the friendly error pages
        };
        return Response.status(problem.status())
                .entity(Templates.linkClosed(reason))
                .build();
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The client chain as the gateway gave it to this request, passed on for the public rate limit. */
    static String forwardedFor(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        return forwarded == null || forwarded.isBlank() ? null : forwarded;
    }
}
