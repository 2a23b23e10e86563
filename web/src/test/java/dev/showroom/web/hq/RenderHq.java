package dev.showroom.web.hq;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.manager.ManagerSamples;
import dev.showroom.web.manager.ReportsApi;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Test only: hq's view across dealers rendered with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/hq")
@Produces(MediaType.TEXT_HTML)
public class RenderHq {

    @GET
    public TemplateInstance hq() {
        var funnel = new HqApi.Funnel(
                "2026-12-01",
                "2026-12-04",
                "Asia/Shanghai",
                ManagerSamples.figures(30, 18, 10, 6, 4, 2),
                List.of(
                        new HqApi.DealerFigures("dealer-sh-01", ManagerSamples.figures(20, 12, 8, 5, 3, 1)),
                        new HqApi.DealerFigures("dealer-bj-01", ManagerSamples.figures(10, 6, 2, 1, 1, 1))));
        var score = new ReportsApi.Score(4, 81.3, 4, 25.0);
        var sh = new HqApi.DealerSatisfaction(
                "dealer-sh-01",
                score,
                new ReportsApi.Met(9, 1, 90.0),
                List.of(new ReportsApi.StepScore("RECEPTION", score, null)));
        var grid = List.of(
                new HqPage.StepGrid(
                        "dealer-bj-01",
                        Map.of(),
                        Map.of(
                                "CALL",
                                new HqApi.StepCompliance("dealer-bj-01", "CALL", 8, 6, new BigDecimal("0.7500")))),
                new HqPage.StepGrid(
                        "dealer-sh-01", Map.of("RECEPTION", sh.steps().get(0)), Map.of()));
        return HqPage.Templates.hq(
                null,
                null,
                dev.showroom.web.manager.Periods.of("/console/hq", java.time.LocalDate.of(2026, 12, 4), null, null),
                funnel,
                new HqApi.Satisfaction("2026-09-05", "2026-12-04", List.of(sh)),
                grid,
                HqPage.SURVEY_STEPS,
                HqPage.SHOWROOM_STEPS,
                List.of(),
                FieldErrors.none());
    }

    @GET
    @Path("gaps")
    public TemplateInstance gaps() {
        return HqPage.Templates.hq(
                "2026-12-09",
                "2026-12-01",
                List.of(),
                null,
                null,
                List.of(),
                HqPage.SURVEY_STEPS,
                HqPage.SHOWROOM_STEPS,
                List.of("funnel", "satisfaction", "compliance"),
                FieldErrors.none().add("to", new FieldErrors.Violation("period", "to must not be before from")));
    }

    /** hq's defeat report: two dealers, a competitor bought, the model table unavailable (lead-service down). */
    @GET
    @Path("defeats")
    public TemplateInstance defeats() {
        Map<String, HqApi.DefeatReport> reports = new java.util.LinkedHashMap<>();
        reports.put(
                "REASON",
                new HqApi.DefeatReport(
                        "2026-12-01",
                        "2026-12-04",
                        "REASON",
                        5,
                        List.of(
                                new HqApi.DefeatRow(
                                        "dealer-sh-01", "BOUGHT_COMPETITOR", 3, 2, 0, 1, new BigDecimal("0.7500")),
                                new HqApi.DefeatRow("dealer-sh-01", "POSTPONED", 1, 0, 1, 0, new BigDecimal("0.2500")),
                                new HqApi.DefeatRow("dealer-bj-01", "PRICE", 1, 1, 0, 0, new BigDecimal("1.0000")))));
        reports.put(
                "COMPETITOR",
                new HqApi.DefeatReport(
                        "2026-12-01",
                        "2026-12-04",
                        "COMPETITOR",
                        3,
                        List.of(new HqApi.DefeatRow(
                                "dealer-sh-01", "Rival R5", 3, 2, 0, 1, new BigDecimal("0.7500")))));
        reports.put("MODEL", null);
        reports.put("STAGE", new HqApi.DefeatReport("2026-12-01", "2026-12-04", "STAGE", 0, List.of()));
        return HqPage.Templates.defeats(
                "2026-12-01",
                "2026-12-04",
                dev.showroom.web.manager.Periods.of(
                        "/console/hq/defeats", java.time.LocalDate.of(2026, 12, 4), "2026-12-01", "2026-12-04"),
                reports,
                HqPage.DEFEAT_GROUPS,
                List.of("defeats"),
                FieldErrors.none());
    }
}
