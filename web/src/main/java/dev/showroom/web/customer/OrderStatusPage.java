package dev.showroom.web.customer;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Where is my car": the order number and the last four digits of the buyer's phone give the order's
 * status and expected delivery date (the public order-status API; a wrong number and a wrong phone get the
 * same answer). After five wrong tries the order number is locked for a while (429 with Retry-After): the
 * page says so kindly, in minutes.
 */
@Path("/where-is-my-car")
@Produces(MediaType.TEXT_HTML)
public class OrderStatusPage {

    @CheckedTemplate(basePath = "customer", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance whereIsMyCar(
                String dealer,
                String orderNumber,
                String phoneLast4,
                PublicApi.OrderStatus found,
                boolean notFound,
                String lockedMinutes,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    PublicApi api;

    @Inject
    HttpServerRequest request;

    @GET
    public TemplateInstance form(@QueryParam("dealer") String dealer) {
        return Templates.whereIsMyCar(dealer, "", "", null, false, null, FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@RestForm String dealer, @RestForm String orderNumber, @RestForm String phoneLast4) {
        String number = orderNumber == null ? "" : orderNumber.strip();
        String last4 = phoneLast4 == null ? "" : phoneLast4.strip();
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("orderNumber", number);
        question.put("phoneLast4", last4);
        try {
            PublicApi.OrderStatus found = api.orderStatus(question, SurveyPage.forwardedFor(request));
            return Response.ok(Templates.whereIsMyCar(dealer, number, last4, found, false, null, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            return switch (problem.status()) {
                case 400, 422 ->
                    Response.status(400)
                            .entity(Templates.whereIsMyCar(
                                    dealer, number, last4, null, false, null, FieldErrors.of(problem)))
                            .build();
                case 404 ->
                    Response.status(404)
                            .entity(Templates.whereIsMyCar(dealer, number, last4, null, true, null, FieldErrors.none()))
                            .build();
                case 429 ->
                    Response.status(429)
                            .header("Retry-After", problem.retryAfter())
                            .entity(Templates.whereIsMyCar(
                                    dealer,
                                    number,
                                    last4,
                                    null,
                                    false,
                                    minutes(problem.retryAfter()),
                                    FieldErrors.none()))
                            .build();
                default -> throw problem;
            };
        }
    }

    /** Retry-After seconds as whole minutes, at least one. */
    static String minutes(String retryAfter) {
        try {
            long seconds = Long.parseLong(retryAfter == null ? "" : retryAfter.trim());
            return Long.toString(Math.max(1, (seconds + 59) / 60));
        } catch (NumberFormatException e) {
            return "15";
        }
    }
}
