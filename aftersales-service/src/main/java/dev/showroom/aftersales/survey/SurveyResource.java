package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.customer.CustomerAccess;
import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.aftersales.survey.Survey.Channel;
import dev.showroom.aftersales.survey.Survey.Purpose;
import dev.showroom.aftersales.survey.Survey.Status;
import dev.showroom.aftersales.survey.SurveyService.SentLink;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/surveys")
@Tag(name = "Surveys", description = "Satisfaction surveys, their links and their templates")
@RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class SurveyResource {

    public record AnswerView(String questionCode, Kind kind, Step step, Integer rating, Boolean yes, String text) {}

    public record SurveyView(
            UUID id,
            UUID leadId,
            UUID orderId,
            String consultantId,
            String templateCode,
            int templateVersion,
            Purpose purpose,
            Status status,
            Channel channel,
            Instant linkSentAt,
            String linkSentVia,
            Instant linkExpiresAt,
            Instant createdAt,
            Instant completedAt,
            Double csi,
            Integer recommendScore,
            List<AnswerView> answers) {}

    public record CreateRequest(
            @NotNull UUID leadId,
            UUID orderId,
            @Size(max = 64) String templateCode,
            Purpose purpose) {}

    public record LinkRequest(
            @NotNull UUID leadId,
            UUID orderId,
            @Size(max = 64) String templateCode) {}

    public record TemplateView(
            UUID id, String code, int version, String title, List<Question> questions, Instant createdAt) {}

    public record TemplateRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}")
            String code,

            @NotBlank @Size(max = 200) String title,
            @NotNull @Size(min = 1, max = 40) List<@Valid @NotNull Question> questions) {}

    @Inject
    CurrentStaff staff;

    @Inject
    CustomerAccess access;

    @Inject
    SurveyService surveys;

    @Inject
    TemplateCatalogue templates;

    @GET
    @Operation(
            operationId = "listSurveys",
            summary = "Surveys, newest first: ?leadId, ?status, ?purpose; a consultant sees their own customers'")
    @Sortable(
            value = {"createdAt", "completedAt"},
            byDefault = "-createdAt")
    public Page<SurveyView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("status") String statusParam,
            @QueryParam("purpose") String purposeParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        Status status = QueryParams.enumOf(Status.class, statusParam, "status");
        Purpose purpose = QueryParams.enumOf(Purpose.class, purposeParam, "purpose");
        Filters f = new Filters()
                .and("leadId = :leadId", "leadId", leadId)
                .and("status = :status", "status", status)
                .and("purpose = :purpose", "purpose", purpose)
                .andIf(access.seesOnlyOwn(), "consultantId = :me", "me", staff.id());
        var found = Survey.<Survey>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(found, page, SurveyResource::view);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSurvey", summary = "One survey with its answers")
    public SurveyView get(@PathParam("id") UUID id) {
        return view(load(id));
    }

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "createSurvey",
            summary = "Put a survey to a customer (default: the sales-satisfaction survey after delivery)")
    @APIResponse(
            responseCode = "201",
            description = "The survey; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyView.class)))
    public Response create(@Valid @NotNull CreateRequest request) {
        access.requireMayWorkWith(request.leadId());
        Survey s = surveys.create(
                staff.dealerId(),
                request.leadId(),
                request.orderId(),
                templateCode(request.templateCode()),
                request.purpose() == null ? Purpose.DELIVERY : request.purpose());
        return Response.created(URI.create("/api/v1/surveys/" + s.id))
                .entity(view(s))
                .build();
    }

    @POST
    @Path("{id}/link")
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "createSurveyLink",
            summary = "Send the single-use link of a pending survey to the customer (by their phone); a new "
                    + "link replaces the previous one. The link is never shown to staff")
    @APIResponse(
            responseCode = "201",
            description = "Sent; Location names the survey",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SentLink.class)))
    public Response link(@PathParam("id") UUID id) {
        SentLink sent = surveys.sendLink(staff.dealerId(), load(id));
        return Response.created(URI.create("/api/v1/surveys/" + sent.surveyId()))
                .entity(sent)
                .build();
    }

    @POST
    @Path("links")
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "createSurveyLinkForLead",
            summary = "Send a survey link to a customer: reuses the customer's pending survey of that template "
                    + "(and order) or creates one")
    @APIResponse(
            responseCode = "201",
            description = "Sent; Location names the survey",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SentLink.class)))
    public Response linkFor(@Valid @NotNull LinkRequest request) {
        access.requireMayWorkWith(request.leadId());
        String code = templateCode(request.templateCode());
        Survey pending = Survey.<Survey>find(
                        "leadId = ?1 and templateCode = ?2 and status = ?3"
                                + (request.orderId() == null ? "" : " and orderId = ?4"),
                        Sort.descending("createdAt"),
                        request.orderId() == null
                                ? new Object[] {request.leadId(), code, Status.PENDING}
                                : new Object[] {request.leadId(), code, Status.PENDING, request.orderId()})
                .firstResult();
        if (pending != null) {
            staffMayAct(pending);
        }
        Survey survey = pending != null
                ? pending
                : surveys.create(staff.dealerId(), request.leadId(), request.orderId(), code, Purpose.DELIVERY);
        SentLink sent = surveys.sendLink(staff.dealerId(), survey);
        return Response.created(URI.create("/api/v1/surveys/" + sent.surveyId()))
                .entity(sent)
                .build();
    }

    private Survey load(UUID id) {
        Survey s = Survey.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Survey");
        }
        staffMayAct(s);
        return s;
    }

    /** A consultant's are the surveys about their sales (the consultant a survey scores). */
    private void staffMayAct(Survey s) {
        if (access.seesOnlyOwn() && !staff.id().equals(s.consultantId)) {
            throw ProblemException.notFound("Survey");
        }
    }

    private static String templateCode(String code) {
        return code == null || code.isBlank() ? TemplateCatalogue.SALES_SATISFACTION : code;
    }

    static SurveyView view(Survey s) {
        List<AnswerView> answers = SurveyAnswer.<SurveyAnswer>list("surveyId", s.id).stream()
                .map(a -> new AnswerView(a.questionCode, a.kind, a.step, a.score, a.yes, a.text))
                .toList();
        return new SurveyView(
                s.id,
                s.leadId,
                s.orderId,
                s.consultantId,
                s.templateCode,
                s.templateVersion,
                s.purpose,
                s.status,
                s.channel,
                s.linkSentAt,
                s.linkSentVia,
                s.linkExpiresAt,
                s.createdAt,
                s.completedAt,
                s.csi,
                s.recommendScore,
                answers);
    }

    static TemplateView view(SurveyTemplate t) {
        return new TemplateView(t.id, t.code, t.version, t.title, t.questionList(), t.createdAt);
    }
}
