package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Per consultant and checkpoint, what staff declared when they recorded a visit or a presentation against what the
 * customers answered in their surveys, the biggest gap first (the last 90 days unless dates are chosen).
 */
@Path("/console/manager/checkpoint-check")
@Produces(MediaType.TEXT_HTML)
public class CheckpointCheckPage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance checkpointCheck(
                String from, String to, CheckpointsApi.Check check, FieldErrors errors);
    }

    @Inject
    @RestClient
    CheckpointsApi api;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            CheckpointsApi.Check check = api.check(from, to);
            return Response.ok(Templates.checkpointCheck(check.from(), check.to(), check, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.checkpointCheck(from, to, null, FieldErrors.of(problem)))
                    .build();
        }
    }
}
