package dev.showroom.web.reception;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.manager.CampaignsApi;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Test only: the reception's call and walk-in forms with the campaigns running today (SalesPagesRenderTest). */
@Path("/test-render/reception")
@Produces(MediaType.TEXT_HTML)
public class RenderReception {

    static final VisitsApi.Rota ROTA =
            new VisitsApi.Rota(LocalDate.of(2026, 12, 4), List.of(new VisitsApi.Duty("li.wei", 1, false, 0)), "li.wei");

    static final List<CampaignsApi.Campaign> CAMPAIGNS = List.of(new CampaignsApi.Campaign(
            "C-1",
            "Spring car fair",
            "MARKETING_EVENT",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 7),
            new BigDecimal("30000.00"),
            "CNY",
            null,
            0));

    @GET
    @Path("call")
    public TemplateInstance call() {
        return LogVisitPage.Templates.call(
                Map.of("consultantId", "li.wei", "campaignId", "C-1", "idempotencyKey", "k"),
                ROTA,
                new VisitsApi.Settings(3, 9),
                LogVisitPage.CALL_CHECKPOINTS,
                CAMPAIGNS,
                FieldErrors.none());
    }

    /** lead-service did not answer the campaigns: the form goes without the choice. */
    @GET
    @Path("walk-in")
    public TemplateInstance walkIn() {
        return LogVisitPage.Templates.walkIn(
                Map.of("consultantId", "li.wei", "arrivalAt", "2026-12-04T10:00", "partySize", "2"),
                ROTA,
                LogVisitPage.WALK_IN_CHECKPOINTS,
                List.of(),
                FieldErrors.none());
    }

    @GET
    @Path("walk-in/campaigns")
    public TemplateInstance walkInWithCampaigns() {
        return LogVisitPage.Templates.walkIn(
                Map.of("consultantId", "li.wei", "arrivalAt", "2026-12-04T10:00", "partySize", "2"),
                ROTA,
                LogVisitPage.WALK_IN_CHECKPOINTS,
                CAMPAIGNS,
                FieldErrors.none());
    }
}
