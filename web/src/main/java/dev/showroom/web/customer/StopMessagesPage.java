package dev.showroom.web.customer;

import dev.showroom.web.gateway.GatewayProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The opt-out link at the end of every message to a customer ({@code <customer pages>/messages/stop/{token}}): the
 * page asks to confirm (a link opened by a mail scanner stops nothing), the confirmation stops every message from the
 * dealer at once. No sign-in: the signed token is the only key; nothing personal is shown.
 */
@Path("/messages/stop")
@Produces(MediaType.TEXT_HTML)
public class StopMessagesPage {

    @CheckedTemplate(basePath = "customer", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance messagesStop(String token);

        static native TemplateInstance messagesStopped(boolean stopped, String dealerId);
    }

    @Inject
    @RestClient
    PublicApi api;

    @Inject
    HttpServerRequest request;

    @GET
    @Path("{token}")
    public TemplateInstance confirm(@PathParam("token") String token) {
        return Templates.messagesStop(token);
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@PathParam("token") String token) {
        try {
            PublicApi.OptedOut done = api.optOut(Map.of("token", token), SurveyPage.forwardedFor(request));
            return Response.ok(Templates.messagesStopped(true, done.dealerId())).build();
        } catch (GatewayProblem problem) {
            if (problem.status() == 404 || problem.status() == 400) {
                return Response.status(404)
                        .entity(Templates.messagesStopped(false, null))
                        .build();
            }
            throw problem;
        }
    }
}
