package dev.showroom.gateway.publicapi;

import static dev.showroom.platform.http.PublicFormRules.DEALER_ID_MAX;
import static dev.showroom.platform.http.PublicFormRules.DEALER_ID_PATTERN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showroom.gateway.routing.UpstreamCalls;
import dev.showroom.platform.base.Correlation;
import dev.showroom.platform.http.ProblemMappers;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the dealer's website and the customer's phone may do without an account. Rate limited per
 * client address and bounded in size at the edge; the gateway calls the services with its own
 * {@code service} token. Nothing here ever returns another person's data.
 */
@Path("/public")
@Tag(name = "Public", description = "No token needed; rate limited per client address")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    private final UpstreamCalls calls;
    private final ServiceToken serviceToken;
    private final PublicConfig config;
    private final ObjectMapper mapper;

    public PublicResource(UpstreamCalls calls, ServiceToken serviceToken, PublicConfig config, ObjectMapper mapper) {
        this.calls = calls;
        this.serviceToken = serviceToken;
        this.config = config;
        this.mapper = mapper;
    }

    @POST
    @Path("/enquiries")
    @Operation(
            operationId = "submitEnquiry",
            summary = "Online enquiry form: records the visitor as a prospect of the dealer (consent required)")
    public Uni<Response> enquire(
            @Valid @NotNull PublicForms.Enquiry form,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return createLead(mapper.valueToTree(form), "ENQUIRY", correlationId, trace);
    }

    @POST
    @Path("/test-drive-requests")
    @Operation(
            operationId = "requestTestDrive",
            summary = "Test-drive request from the website: a prospect asking to drive a model (consent required)")
    public Uni<Response> requestTestDrive(
            @Valid @NotNull PublicForms.TestDriveRequest form,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return createLead(mapper.valueToTree(form), "TEST_DRIVE_REQUEST", correlationId, trace);
    }

    @POST
    @Path("/order-status")
    @Operation(
            operationId = "getOrderStatus",
            summary =
                    "Where is my car: the status of an order, given its number and the buyer's phone's last four digits")
    public Uni<Response> orderStatus(
            @Valid @NotNull PublicForms.OrderStatusQuery query,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return send(
                        config.orderStatus(),
                        HttpMethod.POST,
                        config.orderStatus().path(),
                        mapper.valueToTree(query),
                        correlationId,
                        trace)
                .map(answer -> {
                    JsonNode body = answer.json(mapper);
                    if (answer.status() == 429) {
                        // the order number is locked after too many wrong answers (order-service counts them)
                        return passThrough(answer);
                    }
                    if (answer.status() != 200 || body == null) {
                        // a wrong number and a wrong phone answer alike, whatever the service said
                        return ProblemMappers.problem(
                                404,
                                "not-found",
                                "Not found",
                                "No order matches this order number and phone",
                                "/public/order-status",
                                null);
                    }
                    ObjectNode status = mapper.createObjectNode();
                    status.set("orderNumber", body.get("orderNumber"));
                    status.set("status", body.get("status"));
                    status.set("expectedDeliveryDate", body.get("expectedDeliveryDate"));
                    return Response.ok(status).build();
                });
    }

    @GET
    @Path("/models")
    @Operation(
            operationId = "listPublicModels",
            summary = "The models a dealer sells (code and name): the suggestions of its website's enquiry and "
                    + "test-drive request")
    public Uni<Response> models(
            @QueryParam("dealer") @NotBlank @Size(max = DEALER_ID_MAX) @Pattern(regexp = DEALER_ID_PATTERN)
                    String dealer,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return forward(
                config.models(),
                HttpMethod.GET,
                config.models().path() + "?dealerId=" + dealer,
                null,
                correlationId,
                trace);
    }

    @GET
    @Path("/surveys/{token}")
    @Operation(
            operationId = "getPublicSurvey",
            summary = "The questions of a satisfaction survey, opened from the link sent to the customer")
    public Uni<Response> survey(
            @PathParam("token") @Pattern(regexp = "[A-Za-z0-9_-]{8,128}") String token,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return forward(
                config.survey(),
                HttpMethod.GET,
                config.survey().path().replace("{token}", token),
                null,
                correlationId,
                trace);
    }

    @POST
    @Path("/surveys/{token}/answers")
    @Operation(
            operationId = "answerPublicSurvey",
            summary = "Answers to a satisfaction survey (once per link; an expired or used link is refused)")
    public Uni<Response> answerSurvey(
            @PathParam("token") @Pattern(regexp = "[A-Za-z0-9_-]{8,128}") String token,
            @NotNull JsonNode answers,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return forward(
                config.surveyAnswers(),
                HttpMethod.POST,
                config.surveyAnswers().path().replace("{token}", token),
                answers,
                correlationId,
                trace);
    }

    /** {@code token}: the opt-out link's, as the customer page {@code /messages/stop/{token}} read it. */
    public record OptOut(
            @NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{16,300}")
            String token) {}

    @POST
    @Path("/message-opt-outs")
    @Operation(
            operationId = "optOutOfMessages",
            summary = "The opt-out link of a message: the dealer sends the customer no more messages (404 for a "
                    + "forged or altered link)")
    public Uni<Response> optOut(
            @Valid @NotNull OptOut request,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return forward(
                config.messageOptOut(),
                HttpMethod.POST,
                config.messageOptOut().path(),
                mapper.valueToTree(request),
                correlationId,
                trace);
    }

    @POST
    @Path("/messages/inbound")
    @Operation(
            operationId = "receiveProviderMessage",
            summary =
                    "The SMS and e-mail providers' webhook (a reply such as STOP, a delivery receipt), signed with "
                            + "HMAC-SHA256 of the body in X-Showroom-Signature: passed on byte for byte (401 for a bad signature)")
    public Uni<Response> inbound(
            byte[] body,
            @HeaderParam("X-Showroom-Signature") String signature,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        return serviceToken.bearer().chain(token -> {
            Map<String, String> headers = new HashMap<>();
            headers.put("Authorization", "Bearer " + token);
            headers.put("Accept", MediaType.APPLICATION_JSON);
            headers.put("Content-Type", MediaType.APPLICATION_JSON);
            headers.put(Correlation.HEADER, correlationId);
            headers.put(Correlation.TRACEPARENT, trace);
            if (signature != null) {
                headers.put("X-Showroom-Signature", signature);
            }
            return calls.call(
                            config.messageInbound().upstream(),
                            HttpMethod.POST,
                            config.messageInbound().path(),
                            headers,
                            Buffer.buffer(body == null ? new byte[0] : body))
                    .map(this::passThrough);
        });
    }

    private Uni<Response> createLead(ObjectNode body, String kind, String correlationId, String trace) {
        body.put("kind", kind);
        return send(config.enquiries(), HttpMethod.POST, config.enquiries().path(), body, correlationId, trace)
                .map(answer -> {
                    JsonNode json = answer.json(mapper);
                    if (answer.ok() && json != null && json.has("reference")) {
                        // only the reference goes back: nothing the service may know about the person
                        return Response.status(answer.status())
                                .entity(mapper.createObjectNode().set("reference", json.get("reference")))
                                .build();
                    }
                    return passThrough(answer);
                });
    }

    private Uni<UpstreamCalls.Answer> send(
            PublicConfig.Target target,
            HttpMethod method,
            String path,
            JsonNode body,
            String correlationId,
            String trace) {
        return serviceToken.bearer().chain(token -> {
            Map<String, String> headers = new HashMap<>();
            headers.put("Authorization", "Bearer " + token);
            headers.put("Accept", MediaType.APPLICATION_JSON);
            headers.put(Correlation.HEADER, correlationId);
            headers.put(Correlation.TRACEPARENT, trace);
            Buffer payload = null;
            if (body != null) {
                headers.put("Content-Type", MediaType.APPLICATION_JSON);
                payload = Buffer.buffer(body.toString());
            }
            return calls.call(target.upstream(), method, path, headers, payload);
        });
    }

    /** An operation whose answer the visitor gets as the service gave it. */
    private Uni<Response> forward(
            PublicConfig.Target target,
            HttpMethod method,
            String path,
            JsonNode body,
            String correlationId,
            String trace) {
        return send(target, method, path, body, correlationId, trace).map(this::passThrough);
    }

    private Response passThrough(UpstreamCalls.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.retryAfter() != null) {
            response.header("Retry-After", answer.retryAfter());
        }
        if (answer.body() != null && answer.body().length() > 0) {
            response.entity(answer.body().getBytes())
                    .type(answer.contentType() == null ? MediaType.APPLICATION_JSON : answer.contentType());
        }
        return response.build();
    }
}
