package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** Test only: "Alerts and response times" with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager")
@Produces(MediaType.TEXT_HTML)
public class RenderAlerts {

    static final List<AlertsApi.Alert> OPEN = List.of(
            new AlertsApi.Alert(
                    "A1",
                    "HOT_LEAD_OVERDUE",
                    "L1",
                    "Sun Hao",
                    "li.wei",
                    null,
                    Instant.parse("2026-12-03T02:00:00Z"),
                    Instant.parse("2026-12-03T02:01:00Z"),
                    false,
                    0),
            new AlertsApi.Alert(
                    "A2",
                    "RESPONSE_TIME_EXCEEDED",
                    "L2",
                    "Qian Li",
                    "li.wei",
                    "wang.fang",
                    Instant.parse("2026-12-04T01:30:00Z"),
                    Instant.parse("2026-12-04T01:31:00Z"),
                    false,
                    0));

    static final AlertsApi.ResponseRow ONLINE = new AlertsApi.ResponseRow("ONLINE", 12, 10, 2, 8, 4, 41L, 18L);
    static final AlertsApi.ResponseRow WALK_IN = new AlertsApi.ResponseRow("WALK_IN", 20, 20, 0, 20, 0, 0L, 0L);

    @GET
    @Path("alerts")
    public TemplateInstance alerts() {
        return AlertsPage.Templates.alerts(
                OPEN,
                2,
                "acknowledged",
                "2026-12-01",
                "2026-12-05",
                30,
                new AlertsApi.ResponseRow("total", 32, 30, 2, 28, 4, 15L, 0L),
                List.of(
                        new AlertsPage.ResponseTable("CHANNEL", List.of(ONLINE, WALK_IN)),
                        new AlertsPage.ResponseTable(
                                "CONSULTANT", List.of(new AlertsApi.ResponseRow("li.wei", 32, 30, 2, 28, 4, 15L, 0L)))),
                FieldErrors.none());
    }

    @GET
    @Path("alerts/bad-period")
    public TemplateInstance badPeriod() {
        return AlertsPage.Templates.alerts(
                List.of(),
                0,
                null,
                "2026-13-01",
                null,
                0,
                null,
                List.of(),
                FieldErrors.none().add("from", "from must be a date like 2026-11-01"));
    }
}
