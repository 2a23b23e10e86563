package dev.showroom.web.order;

import dev.showroom.web.gateway.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "Delivery delays": order-service's orders without a car whose expected delivery date is near or past, the most
 * late first, with the stock for each now (a car incoming with its ETA, or none) and when the delay was announced;
 * each a link to its order. A manager sees the dealer's, a consultant their own (order-service decides).
 */
@Path("/console/manager/delays")
@Produces(MediaType.TEXT_HTML)
public class DelaysPage {

    static final int SHOWN = 100;

    @CheckedTemplate(basePath = "order")
    static class Templates {
        static native TemplateInstance delays(List<OrdersApi.Delay> delays, long total, long overdue, long dueSoon);
    }

    @Inject
    @RestClient
    OrdersApi orders;

    @GET
    public TemplateInstance show() {
        Paged<OrdersApi.Delay> page = orders.delays(SHOWN);
        List<OrdersApi.Delay> delays = page.items();
        long overdue = delays.stream().filter(d -> "OVERDUE".equals(d.kind())).count();
        return Templates.delays(delays, page.total(), overdue, delays.size() - overdue);
    }
}
