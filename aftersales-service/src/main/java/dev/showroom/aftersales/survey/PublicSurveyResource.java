package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.survey.SurveyService.AnswerInput;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's side of a survey link, called only by the gateway (role service). The link token is
 * the only key: it opens that one survey, shows no personal data, and is answered once.
 */
@Path("/api/v1/public/surveys/{token}")
@Tag(
        name = "For the gateway",
        description = "Called only by the gateway's public endpoints, with its service token; not routed to clients")
@RolesAllowed(Roles.SERVICE)
public class PublicSurveyResource {

    public record PublicQuestion(String code, Question.Kind kind, Question.Step step, String text) {}

    /** {@code dealerId}: the customer's page names the dealer on top (nothing of the customer is shown). */
    public record PublicSurvey(
            String title,
            String templateCode,
            int templateVersion,
            Instant expiresAt,
            List<PublicQuestion> questions,
            String dealerId) {}

    public record Answered(String status, Instant completedAt) {}

    public record AnswersRequest(
            @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull AnswerInput> answers) {}

    @Inject
    SurveyService surveys;

    @Inject
    EntityManager em;

    @GET
    @Operation(
            operationId = "getSurveyByToken",
            summary = "The questions of the survey behind a link (404 unknown, 409 answered, 410 expired)")
    public PublicSurvey questions(@PathParam("token") String token) {
        return withSurvey(token, survey -> {
            surveys.requireOpenLink(survey);
            SurveyTemplate t = surveys.templateOf(survey);
            return new PublicSurvey(
                    t.title,
                    t.code,
                    t.version,
                    survey.linkExpiresAt,
                    t.questionList().stream()
                            .map(q -> new PublicQuestion(q.code(), q.kind(), q.step(), q.text()))
                            .toList(),
                    survey.dealerId);
        });
    }

    @POST
    @Path("answers")
    @Operation(
            operationId = "answerSurveyByToken",
            summary = "The customer's answers, once per link (404 unknown, 409 already answered, 410 expired)")
    public Answered answer(@PathParam("token") String token, @Valid @NotNull AnswersRequest request) {
        return withSurvey(token, survey -> {
            surveys.requireOpenLink(survey);
            surveys.answer(survey.dealerId, survey, request.answers());
            return new Answered(survey.status.name(), survey.completedAt);
        });
    }

    /**
     * Finds the link's dealer across dealers (native: the token hash is the only key), then works inside that
     * dealer's context and a transaction of its own. An answered survey keeps its hash, so a second answer is
     * told "already answered" (409) rather than "unknown".
     */
    private <T> T withSurvey(String token, Function<Survey, T> work) {
        if (token == null || token.length() > 200) {
            throw ProblemException.notFound("Survey");
        }
        String hash = SurveyService.hash(token);
        String dealer = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> dealers = em.createNativeQuery("select dealer_id from survey where link_token_hash = ?1")
                    .setParameter(1, hash)
                    .getResultList();
            return dealers.isEmpty() ? null : dealers.get(0);
        });
        if (dealer == null) {
            throw ProblemException.notFound("Survey");
        }
        return DealerContext.call(
                dealer,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Survey survey = Survey.find("linkTokenHash", hash).firstResult();
                    if (survey == null) {
                        throw ProblemException.notFound("Survey");
                    }
                    return work.apply(survey);
                }));
    }
}
