package dev.showroom.web.stock;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.order.OrdersApi;
import dev.showroom.web.quote.QuotesApi;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
import dev.showroom.web.shell.Who;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Stock": order-service's cars in transit (with their expected arrival), in stock and reserved for an order, and
 * receiving a car (seed 004 §6.3, §6.5). A car received in stock, or a car in transit marked arrived, goes at once
 * to the oldest paid order waiting for its model, trim, colour and options (order-service's ArrivalQueue): the page
 * then names that order. The VIN is checked by order-service (17 characters, the check digit): its refusal, and a
 * VIN already in stock, come back beside the field. Reading is for consultants too; receiving is the manager's and
 * the admin's (order-service refuses the others), so only they get the forms.
 */
@Path("/console/manager/stock")
@Produces(MediaType.TEXT_HTML)
public class StockPage {

    static final int SHOWN = 100;
    static final List<String> RECEIVED_AS = List.of("IN_STOCK", "IN_TRANSIT");

    /** The dealer's cars by status (the first {@link #SHOWN} of each), with how many there are in all. */
    public record Lists(
            List<StockApi.Vehicle> incoming,
            long incomingTotal,
            List<StockApi.Vehicle> inStock,
            long inStockTotal,
            List<StockApi.Vehicle> allocated,
            long allocatedTotal) {}

    /** What a receipt did: the car as it is now, and the order it went to (number null if it cannot be read). */
    public record Received(StockApi.Vehicle car, String orderNumber) {}

    @CheckedTemplate(basePath = "stock")
    static class Templates {
        static native TemplateInstance stock(
                Lists lists,
                Map<String, String> modelNames,
                QuotesApi.Model model,
                List<QuotesApi.Model> models,
                List<String> receivedAs,
                Received received,
                boolean mayReceive,
                Typed typed,
                FieldErrors errors,
                String key);
    }

    @Inject
    @RestClient
    StockApi stock;

    @Inject
    @RestClient
    QuotesApi catalogue;

    @Inject
    @RestClient
    OrdersApi orders;

    @Inject
    Who who;

    @GET
    public TemplateInstance show(@QueryParam("model") String model, @QueryParam("received") String received) {
        return page(model, received(received), Typed.none(), FieldErrors.none());
    }

    /** A car received into stock, or announced in transit with its expected arrival. */
    @POST
    public Response receive(
            @RestForm String vin,
            @RestForm String modelCode,
            @RestForm String trimCode,
            @RestForm String colourCode,
            @RestForm List<String> optionCodes,
            @RestForm String status,
            @RestForm String arrivalDate,
            @RestForm("idempotencyKey") String key) {
        Typed typed = Typed.of(
                "form",
                "receive",
                "vin",
                vin,
                "trimCode",
                trimCode,
                "colourCode",
                colourCode,
                "optionCodes",
                optionCodes,
                "status",
                status,
                "arrivalDate",
                arrivalDate);
        StockApi.Vehicle car;
        try {
            car = stock.add(
                    key == null || key.isBlank() ? null : key,
                    Body.of()
                            .required("vin", vin)
                            .required("modelCode", modelCode)
                            .required("trimCode", trimCode)
                            .required("colourCode", colourCode)
                            .put("optionCodes", optionCodes == null ? null : List.copyOf(optionCodes))
                            .put("status", status)
                            .put("arrivalDate", arrivalDate)
                            .map());
        } catch (GatewayProblem problem) {
            return refused(modelCode, problem, typed);
        }
        return receivedPage(car.vin());
    }

    /** A car in transit arrived today (or on the day given). */
    @POST
    @Path("arrival")
    public Response arrived(@RestForm String vin, @RestForm String arrivalDate) {
        StockApi.Vehicle car;
        try {
            car = stock.arrived(vin, Body.of().put("arrivalDate", arrivalDate).map());
        } catch (GatewayProblem problem) {
            return refused(null, problem, Typed.of("form", "arrival", "arrivedVin", vin));
        }
        return receivedPage(car.vin());
    }

    private Response refused(String model, GatewayProblem problem, Typed typed) {
        if (!problem.validation() && problem.status() != 409 && problem.status() != 422) {
            throw problem;
        }
        FieldErrors errors = FieldErrors.of(problem);
        if (problem.status() == 409 && problem.problem().errors().isEmpty() && typed.is("form", "receive")) {
            // the VIN is in stock already: said beside the VIN
            errors = FieldErrors.none().add("vin", errors.general().get(0));
        }
        return Response.status(problem.status())
                .entity(page(model, null, typed, errors))
                .build();
    }

    private static Response receivedPage(String vin) {
        return Response.seeOther(
                        URI.create("/console/manager/stock?received=" + URLEncoder.encode(vin, StandardCharsets.UTF_8)))
                .build();
    }

    /** The car just received as order-service has it now: in stock, or allocated to the order that waited for it. */
    private Received received(String vin) {
        if (vin == null || vin.isBlank()) {
            return null;
        }
        StockApi.Vehicle car;
        try {
            car = stock.vehicle(vin);
        } catch (GatewayProblem problem) {
            return null;
        }
        String number = null;
        if (car.orderId() != null) {
            try {
                number = orders.order(car.orderId()).orderNumber();
            } catch (GatewayProblem problem) {
                // a consultant may not read another's order: the page still names the car's reservation
            }
        }
        return new Received(car, number);
    }

    private TemplateInstance page(String modelCode, Received received, Typed typed, FieldErrors errors) {
        var incoming = stock.list("IN_TRANSIT", SHOWN, "arrivalDate,vin");
        var inStock = stock.list("IN_STOCK", SHOWN, "arrivalDate,vin");
        var allocated = stock.list("ALLOCATED", SHOWN, "arrivalDate,vin");
        List<QuotesApi.Model> models = catalogue.models(100).items();
        Map<String, String> names = new LinkedHashMap<>();
        models.forEach(m -> names.put(m.code(), m.name()));
        QuotesApi.Model model = models.stream()
                .filter(m -> m.code().equals(modelCode))
                .findFirst()
                .orElse(models.isEmpty() ? null : models.get(0));
        return Templates.stock(
                new Lists(
                        incoming.items(),
                        incoming.total(),
                        inStock.items(),
                        inStock.total(),
                        allocated.items(),
                        allocated.total()),
                names,
                model,
                models,
                RECEIVED_AS,
                received,
                who.any("manager,admin"),
                typed,
                errors,
                UUID.randomUUID().toString());
    }
}
