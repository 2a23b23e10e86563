package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test only: the campaigns, one campaign's form and the campaign report with sample answers. */
@Path("/test-render/manager")
@Produces(MediaType.TEXT_HTML)
public class RenderCampaigns {

    static final CampaignsApi.Campaign FAIR = new CampaignsApi.Campaign(
            "C1",
            "Spring car fair",
            "MARKETING_EVENT",
            LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-10"),
            new BigDecimal("90000.00"),
            "CNY",
            "Hall 3",
            2);

    @GET
    @Path("campaigns")
    public TemplateInstance campaigns() {
        return CampaignsPage.Templates.campaigns(
                new Paged<>(List.of(FAIR), 0, 20, 1),
                CampaignsApi.Campaign.NONE,
                CampaignsPage.CHANNELS,
                "K1",
                "created",
                Typed.none(),
                FieldErrors.none());
    }

    @GET
    @Path("campaigns/errors")
    public TemplateInstance errors() {
        return CampaignsPage.Templates.campaigns(
                new Paged<>(List.of(), 0, 20, 0),
                CampaignsApi.Campaign.NONE,
                CampaignsPage.CHANNELS,
                "K1",
                null,
                Typed.of("name", "Radio", "startsOn", "2026-11-10", "endsOn", "2026-11-01", "budget", "-5"),
                FieldErrors.none()
                        .add("endsOn", "The campaign cannot end before it starts")
                        .add("budget", "The budget cannot be negative"));
    }

    @GET
    @Path("campaigns/C1")
    public TemplateInstance campaign() {
        return CampaignsPage.Templates.campaign(FAIR, CampaignsPage.CHANNELS, Typed.none(), FieldErrors.none());
    }

    @GET
    @Path("campaign-report")
    public TemplateInstance report() {
        return CampaignReportPage.Templates.campaignReport(
                "2026-11-01",
                "2026-11-30",
                new CampaignsApi.Report(
                        "2026-11-01",
                        "2026-11-30",
                        "CNY",
                        List.of(
                                new CampaignsApi.Figures(
                                        "C1",
                                        "Spring car fair",
                                        "MARKETING_EVENT",
                                        FAIR.startsOn(),
                                        FAIR.endsOn(),
                                        FAIR.budget(),
                                        30,
                                        18,
                                        7,
                                        4,
                                        2,
                                        new CampaignsApi.Cost(
                                                new BigDecimal("3000.00"),
                                                new BigDecimal("12857.14"),
                                                new BigDecimal("45000.00"))),
                                new CampaignsApi.Figures(
                                        "C2",
                                        "Radio spot",
                                        "OTHER",
                                        FAIR.startsOn(),
                                        FAIR.endsOn(),
                                        new BigDecimal("12000.00"),
                                        0,
                                        0,
                                        0,
                                        0,
                                        0,
                                        new CampaignsApi.Cost(null, null, null)))),
                FieldErrors.none());
    }
}
