package dev.showroom.web.needs;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.needs.NeedsApi.Analysis;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Needs analysis of a lead (step 4): NEADS (now driving, enjoys, would alter, decision maker, solution sought)
 * and FORM (family, occupation, recreation, money), the summary read back and confirmed by the customer. The
 * latest analysis is revised in place (If-Match with its version); the first one is recorded. It ends with the
 * model and trim of the dealer's catalogue recommended from it (visit-service announces it on needs.analysed).
 */
@Path("/console/leads/{id}/needs")
@Produces(MediaType.TEXT_HTML)
public class NeedsPage {

    @CheckedTemplate(basePath = "needs")
    static class Templates {
        static native TemplateInstance needs(
                LeadApi.Lead lead, Analysis analysis, List<QuotesApi.Model> catalogue, Typed typed, FieldErrors errors);
    }

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    @RestClient
    NeedsApi needs;

    @Inject
    @RestClient
    QuotesApi quotes;

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.needs(leads.lead(id), latest(id), catalogue(), Typed.none(), FieldErrors.none());
    }

    @POST
    public Response save(
            @PathParam("id") String id,
            @RestForm String nowDriving,
            @RestForm String enjoys,
            @RestForm String wouldAlter,
            @RestForm String decisionMaker,
            @RestForm String solutionSought,
            @RestForm String family,
            @RestForm String occupation,
            @RestForm String recreation,
            @RestForm String budgetMin,
            @RestForm String budgetMax,
            @RestForm String budgetNote,
            @RestForm String summary,
            @RestForm String summaryConfirmed,
            @RestForm String recommendedModel,
            @RestForm String recommendedTrim,
            @RestForm String analysisId,
            @RestForm String version) {
        Body body = Body.of()
                .put("leadId", id)
                .put(
                        "neads",
                        Body.of()
                                .put("nowDriving", nowDriving)
                                .put("enjoys", enjoys)
                                .put("wouldAlter", wouldAlter)
                                .put("decisionMaker", decisionMaker)
                                .put("solutionSought", solutionSought)
                                .map())
                .put(
                        "form",
                        Body.of()
                                .put("family", family)
                                .put("occupation", occupation)
                                .put("recreation", recreation)
                                .put("budgetMin", budgetMin)
                                .put("budgetMax", budgetMax)
                                .put("budgetNote", budgetNote)
                                .map())
                .put("summary", summary)
                .put("summaryConfirmed", Body.ticked(summaryConfirmed))
                .put("recommendedModel", recommendedModel)
                .put("recommendedTrim", recommendedTrim);
        try {
            if (analysisId == null || analysisId.isBlank()) {
                needs.record(body.map());
            } else {
                needs.revise(analysisId, "\"" + version + "\"", body.map());
            }
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            Typed typed = Typed.of(
                    "nowDriving",
                    nowDriving,
                    "enjoys",
                    enjoys,
                    "wouldAlter",
                    wouldAlter,
                    "decisionMaker",
                    decisionMaker,
                    "solutionSought",
                    solutionSought,
                    "family",
                    family,
                    "occupation",
                    occupation,
                    "recreation",
                    recreation,
                    "budgetMin",
                    budgetMin,
                    "budgetMax",
                    budgetMax,
                    "budgetNote",
                    budgetNote,
                    "summary",
                    summary,
                    "summaryConfirmed",
                    summaryConfirmed,
                    "recommendedModel",
                    recommendedModel,
                    "recommendedTrim",
                    recommendedTrim,
                    "analysisId",
                    analysisId,
                    "version",
                    version);
            return Response.status(400)
                    .entity(Templates.needs(leads.lead(id), latest(id), catalogue(), typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/leads/" + id + "?done=needs"))
                .build();
    }

    /**
     * The dealer's catalogue (order-service's) the recommendation is chosen from; none when order-service does not
     * answer (the codes can still be typed; visit-service checks their form, order-service knows them).
     */
    private List<QuotesApi.Model> catalogue() {
        try {
            return quotes.models(100).items();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private Analysis latest(String leadId) {
        List<Analysis> all = Listing.of(needs.ofLead(leadId, 100), Analysis.class);
        // none yet: an empty one, so the form reads the same either way
        return all.isEmpty()
                ? new Analysis(
                        null,
                        leadId,
                        null,
                        new NeedsApi.Neads(null, null, null, null, null),
                        new NeedsApi.Form(null, null, null, null, null, null),
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)
                : all.get(0);
    }
}
