package dev.showroom.web.order;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.order.OrdersApi.Order;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
import dev.showroom.web.shell.Who;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An order followed from the contract to the handover (steps 8 and 9): signature, deposit, allocation of a
 * car, pre-delivery inspection and delivery, each with its form or checklist. Allocation and PDI are the
 * manager's (order-service refuses them to a consultant): a consultant sees them as waiting for the manager,
 * a manager gets their forms.
 */
@Path("/console/orders/{id}")
@Produces(MediaType.TEXT_HTML)
public class OrderPage {

    static final List<String> STATES =
            List.of("DRAFT", "SIGNED", "DEPOSIT_PAID", "ALLOCATED", "PDI_PASSED", "DELIVERED");
    static final List<String> METHODS = List.of("CASH", "CARD", "BANK_TRANSFER", "MOBILE_PAYMENT");
    static final List<String> PDI = List.of(
            "EXTERIOR_BODY_AND_PAINT",
            "INTERIOR_CLEAN_FILMS_REMOVED",
            "FLUID_LEVELS",
            "TYRES_AND_WHEELS",
            "LIGHTS_AND_ELECTRICS",
            "NO_WARNING_LIGHTS",
            "ROAD_TEST",
            "SPARE_KEY_AND_TOOLS");
    static final List<String> DELIVERY_METHODS = List.of("SHOWROOM_CEREMONY", "HOME_DELIVERY", "CARRIER_TRANSPORT");
    static final List<String> HANDOVER =
            List.of("documentsHandedOver", "featuresExplained", "accessoriesHandedOver", "photoTaken");

    /** The page's view of the order: which step is done, which is next and whether this user may take it. */
    public record Progress(Order order, boolean manager) {
        public boolean reached(String state) {
            int at = STATES.indexOf(order.status());
            return at >= 0 && at >= STATES.indexOf(state);
        }

        /** The step form to show: the one after the order's state, or none. */
        public String next() {
            return switch (order.status()) {
                case "DRAFT" -> "signature";
                case "SIGNED" -> "deposit";
                case "DEPOSIT_PAID" -> "allocation";
                case "ALLOCATED" -> "pdi";
                case "PDI_PASSED" -> "delivery";
                default -> "";
            };
        }

        /** Allocation and PDI are the manager's (and an admin's). */
        public boolean mayTake(String step) {
            return manager || !("allocation".equals(step) || "pdi".equals(step));
        }
    }

    @CheckedTemplate(basePath = "order")
    static class Templates {
        static native TemplateInstance order(
                Progress progress,
                LeadApi.Lead lead,
                String done,
                Typed typed,
                FieldErrors errors,
                List<String> methods,
                List<String> pdiItems,
                List<String> handover,
                List<String> deliveryMethods,
                String paid,
                String payKey);
    }

    @Inject
    @RestClient
    OrdersApi orders;

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    Who who;

    @GET
    public TemplateInstance show(
            @PathParam("id") String id, @QueryParam("done") String done, @QueryParam("paid") String paid) {
        return page(orders.order(id), done, paid, Typed.none(), FieldErrors.none());
    }

    /**
     * Payment before the keys: a payment towards the balance (the form's Idempotency-Key: a double click records it
     * once); order-service's 422 (above what is owed) or 409 (nothing owed) comes back beside the form.
     */
    @POST
    @Path("payment")
    public Response pay(
            @PathParam("id") String id,
            @RestForm String amount,
            @RestForm String method,
            @RestForm("idempotencyKey") String key) {
        Typed typed = Typed.of("form", "payment", "payAmount", amount, "payMethod", method);
        try {
            orders.pay(
                    id,
                    key == null || key.isBlank() ? null : key,
                    Body.of()
                            .required("amount", amount)
                            .required("method", method)
                            .map());
        } catch (GatewayProblem problem) {
            return refused(id, problem, typed);
        }
        return paid(id, "payment");
    }

    /** The loan's new status (the lender and the amount with an application). */
    @POST
    @Path("loan")
    public Response loan(
            @PathParam("id") String id,
            @RestForm String status,
            @RestForm String lender,
            @RestForm String amount,
            @RestForm String reference) {
        Typed typed = Typed.of(
                "form", "loan", "status", status, "lender", lender, "loanAmount", amount, "reference", reference);
        try {
            orders.step(
                    id,
                    "loan",
                    Body.of()
                            .required("status", status)
                            .put("lender", blankToNull(lender))
                            .put("amount", blankToNull(amount))
                            .put("reference", blankToNull(reference))
                            .map());
        } catch (GatewayProblem problem) {
            return refused(id, problem, typed);
        }
        return paid(id, "loan");
    }

    @POST
    @Path("invoice")
    public Response invoice(@PathParam("id") String id, @RestForm String invoiceNumber) {
        Typed typed = Typed.of("form", "invoice", "invoiceNumber", invoiceNumber);
        try {
            orders.step(
                    id,
                    "invoice",
                    Body.of().required("invoiceNumber", invoiceNumber).map());
        } catch (GatewayProblem problem) {
            return refused(id, problem, typed);
        }
        return paid(id, "invoice");
    }

    /** The manager's release of a car not paid yet, with the reason (order-service refuses it to others: 403). */
    @POST
    @Path("release")
    public Response release(@PathParam("id") String id, @RestForm String reason) {
        Typed typed = Typed.of("form", "release", "reason", reason);
        try {
            orders.step(id, "release", Body.of().required("reason", reason).map());
        } catch (GatewayProblem problem) {
            return refused(id, problem, typed);
        }
        return paid(id, "release");
    }

    private Response refused(String id, GatewayProblem problem, Typed typed) {
        if (!problem.validation() && problem.status() != 422 && problem.status() != 409) {
            throw problem;
        }
        return Response.status(problem.status())
                .entity(page(orders.order(id), null, null, typed, FieldErrors.of(problem)))
                .build();
    }

    private static Response paid(String id, String what) {
        return Response.seeOther(URI.create("/console/orders/" + id + "?paid=" + what))
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @POST
    @Path("signature")
    public Response sign(
            @PathParam("id") String id, @RestForm String customerSignatory, @RestForm String referralsAsked) {
        // the signing's checkpoint (seed 002: after the close, ask for referrals); unticked is recorded as missed
        boolean asked = "true".equals(referralsAsked);
        return step(
                id,
                "signature",
                Body.of().required("customerSignatory", customerSignatory).put("referralsAsked", asked),
                Typed.of("customerSignatory", customerSignatory, "referralsAsked", asked ? "true" : null));
    }

    @POST
    @Path("deposit")
    public Response deposit(@PathParam("id") String id, @RestForm String amount, @RestForm String method) {
        return step(
                id,
                "deposit",
                Body.of().required("amount", amount).required("method", method),
                Typed.of("amount", amount, "method", method));
    }

    @POST
    @Path("allocation")
    public Response allocate(@PathParam("id") String id, @RestForm String vin) {
        return step(id, "allocation", Body.of().put("vin", vin), Typed.of("vin", vin));
    }

    @POST
    @Path("pdi")
    public Response pdi(@PathParam("id") String id, @RestForm List<String> passed, @RestForm String note) {
        Map<String, Boolean> items = new LinkedHashMap<>();
        PDI.forEach(item -> items.put(item, passed != null && passed.contains(item)));
        return step(
                id, "pdi", Body.of().put("items", items).put("note", note), Typed.of("passed", passed, "note", note));
    }

    @POST
    @Path("delivery")
    public Response deliver(@PathParam("id") String id, @RestForm List<String> ticked) {
        Map<String, Boolean> handover = new LinkedHashMap<>();
        HANDOVER.forEach(item -> handover.put(item, ticked != null && ticked.contains(item)));
        return step(id, "delivery", Body.of().put("handover", handover), Typed.of("ticked", ticked));
    }

    /**
     * The delivery method agreed with the customer (seed 004 §6.4), changed until the handover: order-service's 409
     * after it (or after a cancellation), its 400 beside the choice.
     */
    @POST
    @Path("delivery-method")
    public Response deliveryMethod(@PathParam("id") String id, @RestForm String deliveryMethod) {
        Typed typed = Typed.of("form", "delivery-method", "deliveryMethod", deliveryMethod);
        try {
            orders.deliveryMethod(
                    id, Body.of().required("deliveryMethod", deliveryMethod).map());
        } catch (GatewayProblem problem) {
            return refused(id, problem, typed);
        }
        return Response.seeOther(URI.create("/console/orders/" + id + "?done=delivery-method"))
                .build();
    }

    /** Cancel with the reason's category (the defeat analysis'), and the competitor bought when one was. */
    @POST
    @Path("cancellation")
    public Response cancel(
            @PathParam("id") String id,
            @RestForm String category,
            @RestForm String reason,
            @RestForm String competitorBrand,
            @RestForm String competitorModel,
            @RestForm String refundAmount) {
        return step(
                id,
                "cancellation",
                Body.of()
                        .put("category", category)
                        .put("reason", reason)
                        .put("competitorBrand", competitorBrand)
                        .put("competitorModel", competitorModel)
                        .put("refundAmount", refundAmount),
                Typed.of(
                        "category",
                        category,
                        "reason",
                        reason,
                        "competitorBrand",
                        competitorBrand,
                        "competitorModel",
                        competitorModel,
                        "refundAmount",
                        refundAmount));
    }

    private Response step(String id, String step, Body body, Typed typed) {
        try {
            orders.step(id, step, body.map());
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 422 && problem.status() != 409) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(orders.order(id), null, null, typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/orders/" + id + "?done=" + step))
                .build();
    }

    private TemplateInstance page(Order order, String done, String paid, Typed typed, FieldErrors errors) {
        return Templates.order(
                new Progress(order, who.any("manager,admin")),
                leads.lead(order.leadId()),
                done,
                typed,
                errors,
                METHODS,
                PDI,
                HANDOVER,
                DELIVERY_METHODS,
                paid,
                UUID.randomUUID().toString());
    }
}
