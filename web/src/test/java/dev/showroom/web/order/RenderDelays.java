package dev.showroom.web.order;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test only: the delivery delays with an overdue order whose car is incoming and one due soon (SalesPagesRenderTest). */
@Path("/test-render/delays")
@Produces(MediaType.TEXT_HTML)
public class RenderDelays {

    @GET
    public TemplateInstance delays() {
        LocalDate today = LocalDate.now();
        List<OrdersApi.Delay> delays = List.of(
                new OrdersApi.Delay(
                        "O7",
                        "DEALER-SH-01-2026-000007",
                        "L7",
                        "zhang.min",
                        "DEPOSIT_PAID",
                        "Aurora",
                        "Luxury",
                        "PEARL",
                        "HOME_DELIVERY",
                        today.minusDays(4),
                        "OVERDUE",
                        4,
                        new OrdersApi.Stock("INCOMING", 0, 1, 0, today.plusDays(6), today),
                        Instant.now()),
                new OrdersApi.Delay(
                        "O8",
                        "DEALER-SH-01-2026-000008",
                        "L8",
                        "li.wei",
                        "SIGNED",
                        "Aurora",
                        "Luxury",
                        "PEARL",
                        "SHOWROOM_CEREMONY",
                        today.plusDays(2),
                        "DUE_SOON",
                        -2,
                        new OrdersApi.Stock("NONE", 0, 1, 1, null, today),
                        null));
        return DelaysPage.Templates.delays(delays, 2, 1, 1);
    }
}
