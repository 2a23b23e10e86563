package dev.showroom.web.needs;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.quote.QuotesApi;
import dev.showroom.web.sales.Samples;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Test only: the needs analysis rendered with sample answers (SalesPagesRenderTest). */
@Path("/test-render/needs")
@Produces(MediaType.TEXT_HTML)
public class RenderNeeds {

    @GET
    @Path("new-with-errors")
    public TemplateInstance fresh() {
        NeedsApi.Analysis none = new NeedsApi.Analysis(
                null,
                "L1",
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
                0);
        return NeedsPage.Templates.needs(
                Samples.lead("A", false),
                none,
                List.of(new QuotesApi.Model(
                        "AURORA",
                        "Aurora",
                        List.of(new QuotesApi.Item("LONG_RANGE", "Long Range")),
                        List.of(),
                        List.of())),
                Typed.of(
                        "budgetMin",
                        "300000",
                        "budgetMax",
                        "250000",
                        "summaryConfirmed",
                        "true",
                        "recommendedTrim",
                        "LONG_RANGE"),
                FieldErrors.none()
                        .add("budgetMax", "must not be below budgetMin")
                        .add("recommendedTrim", "A recommended trim needs the recommended model"));
    }

    @GET
    @Path("existing")
    public TemplateInstance existing() {
        return NeedsPage.Templates.needs(
                Samples.lead("A", false),
                Samples.story(false).needs().get(0),
                List.of(),
                Typed.none(),
                FieldErrors.none());
    }
}
