package dev.showroom.web.quote;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.sales.Samples;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** Test only: the quote builder and a quote rendered with sample answers (SalesPagesRenderTest). */
@Path("/test-render/quote")
@Produces(MediaType.TEXT_HTML)
public class RenderQuote {

    static final QuotesApi.Model MODEL = new QuotesApi.Model(
            "AURORA",
            "Aurora",
            List.of(new QuotesApi.Item("LUX", "Luxury")),
            List.of(new QuotesApi.Item("PEARL", "Pearl white")),
            List.of(new QuotesApi.Item("PANO", "Panoramic roof")));

    @GET
    @Path("builder")
    public TemplateInstance builder() {
        Estimate estimate = Estimate.of(
                EstimateTest.PRICES,
                new BigDecimal("5"),
                new Estimate.Input("LUX", "PEARL", List.of("PANO"), "20000", "30000", "50000", "36", "4.8"));
        return QuoteBuilderPage.Templates.builder(
                Samples.lead("A", false),
                List.of(MODEL),
                MODEL,
                EstimateTest.PRICES,
                estimate,
                Typed.of("trimCode", "LUX", "optionCodes", List.of("PANO"), "discount", "20000"),
                FieldErrors.none().add("discount", "above the list price"));
    }

    @GET
    @Path("no-models")
    public TemplateInstance noModels() {
        return QuoteBuilderPage.Templates.builder(
                Samples.lead("A", false),
                List.of(),
                null,
                null,
                Estimate.of(null, null, new Estimate.Input(null, null, List.of(), "", "", "", "", "")),
                Typed.none(),
                FieldErrors.none());
    }

    @GET
    @Path("{status}")
    public TemplateInstance quote(@PathParam("status") String status) {
        return QuotePage.Templates.quote(
                Samples.quote(status),
                Samples.lead("A", false),
                "ACCEPTED".equals(status) ? Samples.order("DRAFT") : null,
                "quoted",
                Typed.none(),
                FieldErrors.none().add("depositAmount", "must be positive"));
    }
}
