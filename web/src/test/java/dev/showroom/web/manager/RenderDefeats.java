package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Test only: "Defeats to review" and the defeat and objection report with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager")
@Produces(MediaType.TEXT_HTML)
public class RenderDefeats {

    static final DefeatsApi.Defeat LOST = new DefeatsApi.Defeat(
            "D1",
            "L1",
            "Sun Hao",
            "li.wei",
            "ONLINE",
            "Aurora S",
            "BOUGHT_COMPETITOR",
            "COMPETITOR",
            "BYD",
            "Seal",
            "TEST_DRIVEN",
            "chose another offer",
            Instant.parse("2026-11-20T03:00:00Z"),
            "PENDING",
            List.of(new DefeatsApi.ObjectionSummary("O1", "PRICE", "NEGOTIATION", "TRUE_OBJECTION", false)),
            0);

    @GET
    @Path("defeats")
    public TemplateInstance defeats() {
        return DefeatsPage.Templates.defeats(
                List.of(LOST), 1, List.of("li.wei", "wang.fang"), "confirmed", null, FieldErrors.none());
    }

    @GET
    @Path("defeats/refused")
    public TemplateInstance refused() {
        return DefeatsPage.Templates.defeats(
                List.of(LOST),
                1,
                List.of("li.wei"),
                null,
                "D1",
                FieldErrors.none().add("consultantId", "consultantId is not an active consultant of the roster"));
    }

    @GET
    @Path("defeat-report")
    public TemplateInstance report() {
        return DefeatReportPage.Templates.defeatReport(
                "2026-11-01",
                "2026-11-30",
                4,
                6,
                List.of(
                        new DefeatReportPage.DefeatTable(
                                "REASON",
                                List.of(
                                        new DefeatsApi.DefeatRow(
                                                "BOUGHT_COMPETITOR", 3, 2, 0, 1, new BigDecimal("0.7500")),
                                        new DefeatsApi.DefeatRow("POSTPONED", 1, 0, 1, 0, new BigDecimal("0.2500")))),
                        new DefeatReportPage.DefeatTable(
                                "COMPETITOR",
                                List.of(new DefeatsApi.DefeatRow("BYD Seal", 2, 2, 0, 0, new BigDecimal("0.6667")))),
                        new DefeatReportPage.DefeatTable(
                                "STAGE", List.of(new DefeatsApi.DefeatRow("TEST_DRIVEN", 4, 2, 1, 1, BigDecimal.ONE))),
                        new DefeatReportPage.DefeatTable("CHANNEL", List.of())),
                List.of(new DefeatReportPage.ObjectionTable(
                        "CATEGORY",
                        List.of(new DefeatsApi.ObjectionRow("PRICE", 6, 4, 5, 1, 3, 2, new BigDecimal("0.6667"))))),
                new LostCustomersApi.Summary(
                        "2026-11-01",
                        "2026-11-30",
                        3,
                        1,
                        List.of(new LostCustomersApi.Rating("OFFER_RATING", 1, new BigDecimal("2.00"))),
                        List.of(new LostCustomersApi.Answered(
                                "S1",
                                "L9",
                                "Gao Lin",
                                java.time.Instant.parse("2026-11-20T03:00:00Z"),
                                java.util.Map.of(
                                        "WHY_ELSEWHERE",
                                        "The rival gave a free wallbox",
                                        "WHAT_COULD_WE_HAVE_DONE",
                                        "Call back sooner")))),
                FieldErrors.none());
    }

    @GET
    @Path("defeat-report/bad-period")
    public TemplateInstance badPeriod() {
        return DefeatReportPage.Templates.defeatReport(
                "2026-13-01",
                null,
                0,
                0,
                List.of(),
                List.of(),
                null,
                FieldErrors.none().add("from", "from is not a date (YYYY-MM-DD)"));
    }
}
