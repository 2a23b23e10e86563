package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.SurveyResource.TemplateRequest;
import dev.showroom.aftersales.survey.SurveyResource.TemplateView;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dealer's survey templates, versioned. A path of its own (formerly /api/v1/surveys/templates): under
 * /api/v1/surveys, /templates/{code} and /{id}/link could name the same URL.
 */
@Path("/api/v1/survey-templates")
@Tag(name = "Surveys", description = "Satisfaction surveys, their links and their templates")
@RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class SurveyTemplateResource {

    @Inject
    CurrentStaff staff;

    @Inject
    TemplateCatalogue templates;

    @GET
    @Transactional
    @Operation(
            operationId = "listSurveyTemplates",
            summary = "The newest version of each survey template of the dealer, paged")
    @Sortable(
            value = {"code", "title"},
            byDefault = "code")
    public Page<TemplateView> templates(@BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        return Page.slice(
                templates.allLatest(staff.dealerId()).stream()
                        .map(SurveyResource::view)
                        .sorted(sort.comparator(Map.of(
                                "code",
                                Comparator.comparing(TemplateView::code),
                                "title",
                                Comparator.comparing(
                                        TemplateView::title, Comparator.nullsLast(Comparator.naturalOrder())))))
                        .toList(),
                page);
    }

    @GET
    @Path("{code}")
    @Transactional
    @Operation(operationId = "getSurveyTemplate", summary = "A template at its newest version, or ?version=N")
    public TemplateView template(@PathParam("code") String code, @QueryParam("version") Integer version) {
        SurveyTemplate t = version == null
                ? null
                : SurveyTemplate.find("code = ?1 and version = ?2", code, version)
                        .firstResult();
        if (version == null && code.matches("[A-Z][A-Z0-9_]{0,63}")) {
            t = TemplateCatalogue.DEFAULTS.containsKey(code)
                    ? templates.latest(staff.dealerId(), code)
                    : SurveyTemplate.find("code", Sort.descending("version"), code)
                            .firstResult();
        }
        if (t == null) {
            throw ProblemException.notFound("Survey template");
        }
        return SurveyResource.view(t);
    }

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "createSurveyTemplateVersion",
            summary = "Write a new version of a template; surveys already sent keep their version")
    @APIResponse(
            responseCode = "201",
            description = "The new version; Location names it (?version=N)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TemplateView.class)))
    public Response addTemplateVersion(@Valid @NotNull TemplateRequest request) {
        List<String> codes = request.questions().stream().map(Question::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.indexOf(codes.get(i)) != i) {
                throw ProblemException.invalid("questions[" + i + "].code", "unique", "question codes must be unique");
            }
        }
        for (int i = 0; i < request.questions().size(); i++) {
            Question q = request.questions().get(i);
            if (q.checkpoint() != null && q.kind() != Kind.YES_NO) {
                throw ProblemException.invalid(
                        "questions[" + i + "].checkpoint", "yesNoOnly", "only a yes/no question checks a checkpoint");
            }
        }
        if (request.questions().stream().filter(q -> q.kind() == Kind.NPS_0_10).count() > 1) {
            throw ProblemException.invalid("questions", "oneNps", "a survey has at most one 0-10 recommend question");
        }
        SurveyTemplate t = templates.addVersion(staff.dealerId(), request.code(), request.title(), request.questions());
        return Response.created(URI.create("/api/v1/survey-templates/" + t.code + "?version=" + t.version))
                .entity(SurveyResource.view(t))
                .build();
    }
}
