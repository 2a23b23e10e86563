package dev.showroom.web.quote;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.quote.QuotesApi.Model;
import dev.showroom.web.quote.QuotesApi.Prices;
import dev.showroom.web.sales.Body;
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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The quote builder (step 7): a model of the catalogue, its trim, colour and options with the prices of the
 * day, the discount, a trade-in and the financing calculator. Every change asks the server for the figures
 * again (htmx, {@code POST …/quote/estimate}), so the total and the monthly payment follow the typing; the
 * quote itself is priced and issued by order-service (a discount above the dealer's limit waits for a
 * manager's approval).
 */
@Path("/console/leads/{id}/quote")
@Produces(MediaType.TEXT_HTML)
public class QuoteBuilderPage {

    @CheckedTemplate(basePath = "quote")
    static class Templates {
        static native TemplateInstance builder(
                LeadApi.Lead lead,
                List<Model> models,
                Model model,
                Prices prices,
                Estimate estimate,
                Typed typed,
                FieldErrors errors);

        static native TemplateInstance estimate(Estimate estimate);
    }

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    @RestClient
    QuotesApi quotes;

    @GET
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("model") String modelCode) {
        List<Model> models = quotes.models(100).items();
        Model model = chosen(models, modelCode);
        Prices prices = model == null ? null : quotes.prices(model.code());
        Estimate.Input input = model == null
                ? new Estimate.Input(null, null, List.of(), "", "", "", "", "")
                : new Estimate.Input(first(model.trims()), first(model.colours()), List.of(), "", "", "", "", "");
        Estimate estimate = Estimate.of(prices, limit(), input);
        return Templates.builder(leads.lead(id), models, model, prices, estimate, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("estimate")
    public TemplateInstance estimate(
            @PathParam("id") String id,
            @RestForm String modelCode,
            @RestForm String trimCode,
            @RestForm String colourCode,
            @RestForm List<String> optionCodes,
            @RestForm String discount,
            @RestForm String appraisedValue,
            @RestForm String downPayment,
            @RestForm String termMonths,
            @RestForm String annualRatePercent) {
        Prices prices = modelCode == null || modelCode.isBlank() ? null : quotes.prices(modelCode);
        return Templates.estimate(Estimate.of(
                prices,
                limit(),
                new Estimate.Input(
                        trimCode,
                        colourCode,
                        optionCodes,
                        discount,
                        appraisedValue,
                        downPayment,
                        termMonths,
                        annualRatePercent)));
    }

    @POST
    public Response create(
            @PathParam("id") String id,
            @RestForm String modelCode,
            @RestForm String trimCode,
            @RestForm String colourCode,
            @RestForm List<String> optionCodes,
            @RestForm String discount,
            @RestForm String description,
            @RestForm String appraisedValue,
            @RestForm String downPayment,
            @RestForm String termMonths,
            @RestForm String annualRatePercent,
            @RestForm String note) {
        Body body = Body.of()
                .put("leadId", id)
                .required("modelCode", modelCode)
                .required("trimCode", trimCode)
                .required("colourCode", colourCode)
                .put("optionCodes", optionCodes == null ? List.of() : optionCodes)
                .put("discount", discount)
                .put("note", note);
        if (Body.ticked(appraisedValue) || Body.ticked(description)) {
            body.put(
                    "tradeIn",
                    Body.of()
                            .put("description", description)
                            .required("appraisedValue", appraisedValue)
                            .map());
        }
        if (Body.ticked(downPayment) || Body.ticked(termMonths) || Body.ticked(annualRatePercent)) {
            body.put(
                    "financing",
                    Body.of()
                            .required("downPayment", downPayment)
                            .required("termMonths", termMonths)
                            .required("annualRatePercent", annualRatePercent)
                            .map());
        }
        QuotesApi.Quote quote;
        try {
            quote = quotes.create(body.map());
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 422) {
                throw problem;
            }
            List<Model> models = quotes.models(100).items();
            Model model = chosen(models, modelCode);
            Prices prices = model == null ? null : quotes.prices(model.code());
            Estimate estimate = Estimate.of(
                    prices,
                    limit(),
                    new Estimate.Input(
                            trimCode,
                            colourCode,
                            optionCodes,
                            discount,
                            appraisedValue,
                            downPayment,
                            termMonths,
                            annualRatePercent));
            Typed typed = Typed.of(
                    "trimCode",
                    trimCode,
                    "colourCode",
                    colourCode,
                    "optionCodes",
                    optionCodes,
                    "discount",
                    discount,
                    "description",
                    description,
                    "appraisedValue",
                    appraisedValue,
                    "downPayment",
                    downPayment,
                    "termMonths",
                    termMonths,
                    "annualRatePercent",
                    annualRatePercent,
                    "note",
                    note);
            return Response.status(problem.status())
                    .entity(Templates.builder(
                            leads.lead(id), models, model, prices, estimate, typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/quotes/" + quote.id() + "?done=quoted"))
                .build();
    }

    private java.math.BigDecimal limit() {
        try {
            return quotes.settings().consultantDiscountLimitPercent();
        } catch (GatewayProblem problem) {
            return null; // the approval hint is left out; order-service still applies the limit
        }
    }

    private static Model chosen(List<Model> models, String code) {
        return models.stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElse(models.isEmpty() ? null : models.get(0));
    }

    private static String first(List<QuotesApi.Item> items) {
        return items == null || items.isEmpty() ? null : items.get(0).code();
    }
}
