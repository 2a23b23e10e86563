package dev.showroom.web.manager;

import dev.showroom.web.order.OrdersApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The manager's receivables (order-service's, payment before the keys): who owes what, since when, oldest first;
 * the sums per ageing bucket as a chart drawn from the table beside it (static/charts.js) and per consultant.
 */
@Path("/console/manager/receivables")
@Produces(MediaType.TEXT_HTML)
public class ReceivablesPage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance receivables(OrdersApi.Receivables report);
    }

    @Inject
    @RestClient
    OrdersApi orders;

    @GET
    public TemplateInstance show() {
        return Templates.receivables(orders.receivables());
    }
}
