package dev.showroom.web.manager;

import dev.showroom.web.order.OrdersApi;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test only: the receivables with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager")
@Produces(MediaType.TEXT_HTML)
public class RenderReceivables {

    @GET
    @Path("receivables")
    public TemplateInstance receivables() {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        return ReceivablesPage.Templates.receivables(new OrdersApi.Receivables(
                asOf,
                "CNY",
                2,
                new BigDecimal("160000.00"),
                new BigDecimal("120000.00"),
                new BigDecimal("40000.00"),
                List.of(
                        new OrdersApi.Bucket("DAYS_0_30", 1, new BigDecimal("120000.00")),
                        new OrdersApi.Bucket("DAYS_31_60", 0, new BigDecimal("0.00")),
                        new OrdersApi.Bucket("DAYS_61_90", 1, new BigDecimal("40000.00")),
                        new OrdersApi.Bucket("OVER_90", 0, new BigDecimal("0.00"))),
                List.of(new OrdersApi.ByConsultant(
                        "li.wei", 2, new BigDecimal("160000.00"), new BigDecimal("40000.00"))),
                List.of(
                        new OrdersApi.Receivable(
                                "O2",
                                "DEALER-SH-01-2026-000002",
                                "L2",
                                "Qian Li",
                                "li.wei",
                                "DELIVERED",
                                "CNY",
                                new BigDecimal("180000.00"),
                                new BigDecimal("140000.00"),
                                new BigDecimal("40000.00"),
                                asOf.minusDays(75),
                                75,
                                "DAYS_61_90",
                                "CASH",
                                null,
                                true),
                        new OrdersApi.Receivable(
                                "O3",
                                "DEALER-SH-01-2026-000003",
                                "L3",
                                null,
                                "li.wei",
                                "ALLOCATED",
                                "CNY",
                                new BigDecimal("150000.00"),
                                new BigDecimal("30000.00"),
                                new BigDecimal("120000.00"),
                                asOf.minusDays(3),
                                3,
                                "DAYS_0_30",
                                "LOAN",
                                "APPROVED",
                                false))));
    }
}
