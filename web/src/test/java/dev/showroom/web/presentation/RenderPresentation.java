package dev.showroom.web.presentation;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.manager.Periods;
import dev.showroom.web.quote.QuotesApi;
import dev.showroom.web.sales.Samples;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test only: step 5's screens with sample answers (SalesPagesRenderTest, ManagerPagesRenderTest). */
@Path("/test-render/presentation")
@Produces(MediaType.TEXT_HTML)
public class RenderPresentation {

    static final PresentationsApi.Knowledge KNOWLEDGE = new PresentationsApi.Knowledge(
            "AURORA",
            "Seven-year battery warranty",
            List.of(
                    new PresentationsApi.SellingPoint(
                            "SP1",
                            null,
                            "600 km range",
                            "a week of commuting",
                            "no range worry",
                            List.of("FAMILY_TRIP")),
                    new PresentationsApi.SellingPoint(
                            "SP2", "LUX", "Heat pump", "warm cabin", "comfort in winter", List.of("CITY_COMMUTE"))),
            List.of(new PresentationsApi.Competitor(
                    "Rival EV7",
                    List.of("longer range", "larger boot", "longer warranty"),
                    List.of("shorter range in winter", "smaller rear seats"))));

    /** The form came back: the second point's need refused (no needs analysis), what was ticked kept. */
    @GET
    @Path("present")
    public TemplateInstance present() {
        return PresentPage.Templates.present(
                Samples.lead("A", false),
                List.of(new QuotesApi.Model("AURORA", "Aurora", List.of(), List.of(), List.of())),
                "AURORA",
                KNOWLEDGE,
                null,
                PresentPage.NEEDS,
                "key-5",
                Typed.of(
                        "covered",
                        List.of("0", "1"),
                        "reacted",
                        List.of("1"),
                        "need-1",
                        "FAMILY",
                        "competitorAsked",
                        "Rival EV7"),
                FieldErrors.none()
                        .add(
                                "need-1",
                                new FieldErrors.Violation(
                                        "needsAnalysis", "A point linked to a need names the needs analysis")));
    }

    static PresentationsApi.Figures figures(long n, long driven, long quoted) {
        return new PresentationsApi.Figures(
                n,
                n * 3,
                n * 2,
                1,
                driven,
                rate(driven, n),
                quoted,
                rate(quoted, n),
                rate(Math.min(driven, quoted), driven));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP);
    }

    @GET
    @Path("report")
    public TemplateInstance report() {
        var report = new PresentationsApi.Report(
                "2026-12-01",
                "2026-12-04",
                figures(8, 4, 3),
                List.of(
                        new PresentationsApi.Group("li.wei", null, figures(5, 3, 2)),
                        new PresentationsApi.Group("zhang.min", null, figures(3, 1, 1))),
                List.of(
                        new PresentationsApi.Group(null, "AURORA_S", figures(6, 3, 3)),
                        new PresentationsApi.Group(null, "VOLTA_EV", figures(2, 1, 0))),
                List.of(new PresentationsApi.Group("li.wei", "AURORA_S", figures(5, 3, 2))));
        return PresentationReportPage.Templates.report(
                report,
                PresentationReportPage.sections(report),
                "2026-12-01",
                "2026-12-04",
                Periods.of("/console/manager/presentations", LocalDate.of(2026, 12, 4), "2026-12-01", "2026-12-04"),
                FieldErrors.none());
    }
}
