package dev.showroom.web.presentation;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Problem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.needs.NeedsApi;
import dev.showroom.web.quote.QuotesApi;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Listing;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Present a model (process step 5, seed 002 "present the product and build value"): the model's product knowledge
 * for the consultant (the USP, each selling point as feature, advantage and benefit with its use scenes, our three
 * strengths against each named competitor's three weaknesses), and the form that records the presentation: the
 * points covered in the order shown, those the customer reacted to, the need each answered (from the lead's latest
 * needs analysis), the competitor the customer asked about, and seed 002's three checkpoints. visit-service's
 * refusal comes back beside the point or field it names.
 */
@Path("/console/leads/{id}/present")
@Produces(MediaType.TEXT_HTML)
public class PresentPage {

    /** The needs-analysis items a point may answer (visit-service's CustomerNeed). */
    static final List<String> NEEDS = List.of(
            "NOW_DRIVING",
            "ENJOYS",
            "WOULD_ALTER",
            "DECISION_MAKER",
            "SOLUTION_SOUGHT",
            "FAMILY",
            "OCCUPATION",
            "RECREATION",
            "MONEY");

    /** {@code points[2].need}: the request's third point. */
    private static final Pattern POINT_FIELD = Pattern.compile("points\\[(\\d+)]\\.(\\w+)");

    @CheckedTemplate(basePath = "presentation")
    static class Templates {
        static native TemplateInstance present(
                LeadApi.Lead lead,
                List<QuotesApi.Model> models,
                String model,
                PresentationsApi.Knowledge knowledge,
                NeedsApi.Analysis needs,
                List<String> needItems,
                String idempotencyKey,
                Typed typed,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    @RestClient
    QuotesApi catalogue;

    @Inject
    @RestClient
    PresentationsApi presentations;

    @Inject
    @RestClient
    NeedsApi needsAnalyses;

    @GET
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("model") String model) {
        return page(id, model, Typed.none(), FieldErrors.none());
    }

    @POST
    public Response record(
            @PathParam("id") String id,
            @RestForm String model,
            @RestForm List<String> pointId,
            @RestForm List<String> feature,
            @RestForm List<String> covered,
            @RestForm List<String> reacted,
            @RestForm List<String> need,
            @RestForm String competitorAsked,
            @RestForm String biggestBenefitFirst,
            @RestForm String customerTookPart,
            @RestForm String noCompetitorRunDown,
            @RestForm String needsAnalysisId,
            @RestForm String idempotencyKey) {
        List<String> ticked = covered == null ? List.of() : covered;
        List<String> liked = reacted == null ? List.of() : reacted;
        List<Map<String, Object>> points = new ArrayList<>();
        // the request's point k is the form's row rows.get(k): errors name the request's
        List<Integer> rows = new ArrayList<>();
        boolean anyNeed = false;
        for (int i = 0; feature != null && i < feature.size(); i++) {
            String row = String.valueOf(i);
            if (!ticked.contains(row)) {
                continue;
            }
            String n = at(need, i);
            anyNeed |= n != null && !n.isBlank();
            points.add(Body.of()
                    .put("sellingPointId", at(pointId, i))
                    .put("feature", feature.get(i))
                    .put("reacted", liked.contains(row))
                    .put("need", n)
                    .map());
            rows.add(i);
        }
        Body body = Body.of()
                .put("leadId", id)
                .required("modelCode", model)
                .put("points", points)
                .put("competitorAsked", competitorAsked)
                .put("needsAnalysisId", anyNeed ? needsAnalysisId : null)
                .put(
                        "checkpoints",
                        Map.of(
                                "biggestBenefitFirst", Body.ticked(biggestBenefitFirst),
                                "customerTookPart", Body.ticked(customerTookPart),
                                "noCompetitorRunDown", Body.ticked(noCompetitorRunDown)));
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : idempotencyKey;
        try {
            presentations.record(body.map(), key);
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            List<Object> typed = new ArrayList<>(List.of(
                    "covered",
                    ticked,
                    "reacted",
                    liked,
                    "competitorAsked",
                    nn(competitorAsked),
                    "biggestBenefitFirst",
                    nn(biggestBenefitFirst),
                    "customerTookPart",
                    nn(customerTookPart),
                    "noCompetitorRunDown",
                    nn(noCompetitorRunDown),
                    "idempotencyKey",
                    key));
            for (int i = 0; need != null && i < need.size(); i++) {
                typed.add("need-" + i);
                typed.add(nn(need.get(i)));
            }
            return Response.status(400)
                    .entity(page(id, model, Typed.of(typed.toArray()), byRow(problem, rows)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/leads/" + enc(id) + "?done=presented"))
                .build();
    }

    private TemplateInstance page(String id, String model, Typed typed, FieldErrors errors) {
        LeadApi.Lead lead = leads.lead(id);
        List<QuotesApi.Model> models = catalogue.models(100).items();
        String chosen = model != null && !model.isBlank() ? model : null;
        if (chosen == null) {
            chosen = models.stream()
                    .filter(m -> m.name().equalsIgnoreCase(nn(lead.modelOfInterest()))
                            || m.code().equalsIgnoreCase(nn(lead.modelOfInterest())))
                    .map(QuotesApi.Model::code)
                    .findFirst()
                    .orElse(models.isEmpty() ? null : models.get(0).code());
        }
        PresentationsApi.Knowledge knowledge = chosen == null
                ? new PresentationsApi.Knowledge(null, null, List.of(), List.of())
                : presentations.knowledge(chosen);
        List<NeedsApi.Analysis> analyses = Listing.of(needsAnalyses.ofLead(id, 1), NeedsApi.Analysis.class);
        String key = typed.has("idempotencyKey")
                ? typed.get("idempotencyKey")
                : UUID.randomUUID().toString();
        return Templates.present(
                lead,
                models,
                chosen,
                knowledge,
                analyses.isEmpty() ? null : analyses.get(0),
                NEEDS,
                key,
                typed,
                errors);
    }

    /** The service names the request's points; the form shows the error beside its own row ({@code need-3}). */
    static FieldErrors byRow(GatewayProblem problem, List<Integer> rows) {
        FieldErrors errors = FieldErrors.none();
        for (Problem.FieldError e : problem.problem().errors()) {
            FieldErrors.Violation violation = new FieldErrors.Violation(e.rule(), e.message());
            Matcher m = POINT_FIELD.matcher(e.field() == null ? "" : e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                errors = errors.add(m.group(2) + "-" + rows.get(Integer.parseInt(m.group(1))), violation);
            } else if (e.field() != null) {
                errors = errors.add(e.field(), violation);
            } else {
                errors = errors.addGeneral(violation);
            }
        }
        return errors.any() ? errors : FieldErrors.of(problem);
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
