package dev.showroom.web.order;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.sales.Samples;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Test only: an order at each state, for a consultant and a manager (SalesPagesRenderTest). */
@Path("/test-render/order")
@Produces(MediaType.TEXT_HTML)
public class RenderOrder {

    @GET
    @Path("{status}")
    public TemplateInstance order(
            @PathParam("status") String status,
            @QueryParam("manager") boolean manager,
            @QueryParam("unpaid") boolean unpaid,
            @QueryParam("done") String done,
            @QueryParam("methodRefused") boolean methodRefused) {
        return OrderPage.Templates.order(
                new OrderPage.Progress(Samples.order(status), manager),
                Samples.lead("A", false),
                done == null ? "deposit" : done,
                methodRefused
                        ? Typed.of("form", "delivery-method", "deliveryMethod", "CARRIER_TRANSPORT")
                        : Typed.of("ticked", java.util.List.of("photoTaken")),
                methodRefused
                        ? FieldErrors.none().add("deliveryMethod", "the car is handed over already")
                        : unpaid
                                ? FieldErrors.none().add("balanceOwed", "paidInFull")
                                : FieldErrors.none().add("photoTaken", "not ticked"),
                OrderPage.METHODS,
                OrderPage.PDI,
                OrderPage.HANDOVER,
                OrderPage.DELIVERY_METHODS,
                unpaid ? null : "payment",
                "key-1");
    }
}
