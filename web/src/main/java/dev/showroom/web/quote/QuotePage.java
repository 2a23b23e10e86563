package dev.showroom.web.quote;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.order.OrdersApi;
import dev.showroom.web.quote.QuotesApi.Quote;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A quote as order-service priced it, with its approval state (a discount above the consultant's limit waits
 * for a manager: the page looks again every few seconds while it waits), and the step to closing: an issued
 * or approved quote becomes an order with the agreed deposit and delivery date.
 */
@Path("/console/quotes/{id}")
@Produces(MediaType.TEXT_HTML)
public class QuotePage {

    @CheckedTemplate(basePath = "quote")
    static class Templates {
        static native TemplateInstance quote(
                Quote quote, LeadApi.Lead lead, OrdersApi.Order order, String done, Typed typed, FieldErrors errors);
    }

    @Inject
    @RestClient
    QuotesApi quotes;

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    @RestClient
    OrdersApi orders;

    @GET
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        Quote quote = quotes.quote(id);
        return Templates.quote(
                quote, leads.lead(quote.leadId()), orderOf(quote), done, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("order")
    public Response order(
            @PathParam("id") String id,
            @RestForm String depositAmount,
            @RestForm String expectedDeliveryDate,
            @RestForm String deliveryMethod) {
        OrdersApi.Order order;
        try {
            order = orders.create(Body.of()
                    .put("quoteId", id)
                    .put("depositAmount", depositAmount)
                    .put("expectedDeliveryDate", expectedDeliveryDate)
                    .put("deliveryMethod", deliveryMethod)
                    .map());
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 422 && problem.status() != 409) {
                throw problem;
            }
            Quote quote = quotes.quote(id);
            return Response.status(problem.status())
                    .entity(Templates.quote(
                            quote,
                            leads.lead(quote.leadId()),
                            orderOf(quote),
                            null,
                            Typed.of(
                                    "depositAmount",
                                    depositAmount,
                                    "expectedDeliveryDate",
                                    expectedDeliveryDate,
                                    "deliveryMethod",
                                    deliveryMethod),
                            FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/orders/" + order.id() + "?done=ordered"))
                .build();
    }

    /** The order made from this quote, if any (its contract names the quote). */
    private OrdersApi.Order orderOf(Quote quote) {
        return orders.ofLead(quote.leadId(), 100).items().stream()
                .filter(o -> o.contract() != null
                        && o.contract().terms() != null
                        && quote.id().equals(o.contract().terms().quoteId()))
                .findFirst()
                .orElse(null);
    }
}
