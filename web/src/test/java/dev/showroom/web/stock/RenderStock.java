package dev.showroom.web.stock;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.quote.QuotesApi;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Test only: the stock page with cars in transit, in stock and reserved, after a car went to a waiting order, after
 * a car stayed in stock, with a VIN refused beside its field, for a consultant (no forms) and with an empty stock
 * (SalesPagesRenderTest).
 */
@Path("/test-render/stock")
@Produces(MediaType.TEXT_HTML)
public class RenderStock {

    static final String VIN_IN_TRANSIT = "LSVAB12C5R0000190";
    static final String VIN_IN_STOCK = "LSVAB12C7R0000191";
    static final String VIN_RESERVED = "LSVAB12C9R0000192";

    @GET
    @Path("{state}")
    public TemplateInstance stock(@PathParam("state") String state) {
        LocalDate today = LocalDate.now();
        QuotesApi.Model aurora = new QuotesApi.Model(
                "AURORA",
                "Aurora",
                List.of(new QuotesApi.Item("STD", "Standard"), new QuotesApi.Item("LUX", "Luxury")),
                List.of(new QuotesApi.Item("PEARL", "Pearl white"), new QuotesApi.Item("GREY", "Grey")),
                List.of(new QuotesApi.Item("PANO", "Panoramic roof")));
        StockApi.Vehicle transit = new StockApi.Vehicle(
                VIN_IN_TRANSIT, "AURORA", "LUX", "PEARL", List.of("PANO"), "IN_TRANSIT", today.plusDays(6), null);
        StockApi.Vehicle free =
                new StockApi.Vehicle(VIN_IN_STOCK, "AURORA", "STD", "GREY", List.of(), "IN_STOCK", today, null);
        StockApi.Vehicle reserved = new StockApi.Vehicle(
                VIN_RESERVED, "AURORA", "LUX", "PEARL", List.of("PANO"), "ALLOCATED", today.minusDays(3), "O7");
        boolean empty = state.equals("empty");
        StockPage.Lists lists = empty
                ? new StockPage.Lists(List.of(), 0, List.of(), 0, List.of(), 0)
                : new StockPage.Lists(List.of(transit), 1, List.of(free), 140, List.of(reserved), 1);
        StockPage.Received received = switch (state) {
            case "allocated" -> new StockPage.Received(reserved, "DEALER-SH-01-2026-000007");
            case "kept" -> new StockPage.Received(free, null);
            case "transit" -> new StockPage.Received(transit, null);
            default -> null;
        };
        boolean refused = state.equals("refused");
        return StockPage.Templates.stock(
                lists,
                Map.of("AURORA", "Aurora"),
                empty ? null : aurora,
                empty ? List.of() : List.of(aurora),
                StockPage.RECEIVED_AS,
                received,
                !state.equals("consultant"),
                refused
                        ? Typed.of(
                                "form", "receive", "vin", "LSVAB12C0R0000190", "trimCode", "LUX", "colourCode", "PEARL")
                        : Typed.none(),
                refused
                        ? FieldErrors.none()
                                .add("vin", new FieldErrors.Violation("vin", "the check digit (position 9) is wrong"))
                        : FieldErrors.none(),
                "key-1");
    }
}
