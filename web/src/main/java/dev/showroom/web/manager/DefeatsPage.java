package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.sales.Body;
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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Defeats to review": each defeat waiting for the manager, oldest first, with its analysis (reason, competitor,
 * stage reached, decisive objection) and the objections that preceded it; confirm it (after-sales then calls the
 * lost customer) or reopen the lead for a consultant of the roster. lead-service's refusal of a consultant comes
 * back beside the consultant of that defeat; a defeat decided meanwhile (409) is said so.
 */
@Path("/console/manager/defeats")
@Produces(MediaType.TEXT_HTML)
public class DefeatsPage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance defeats(
                List<DefeatsApi.Defeat> waiting,
                long total,
                List<String> consultants,
                String done,
                String failedId,
                FieldErrors errors);
    }

    static final int SHOWN = 50;

    @Inject
    @RestClient
    DefeatsApi defeats;

    @Inject
    @RestClient
    RotaApi rota;

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(done, null, FieldErrors.none());
    }

    @POST
    @Path("{id}")
    public Response review(
            @PathParam("id") String id,
            @RestForm String decision,
            @RestForm String consultantId,
            @RestForm String version) {
        try {
            // the version the page showed: a defeat reviewed or reopened meanwhile is refused (412)
            defeats.review(
                    id,
                    "\"" + version + "\"",
                    Body.of()
                            .required("decision", decision)
                            .put("consultantId", "REOPEN".equals(decision) ? consultantId : null)
                            .map());
        } catch (GatewayProblem problem) {
            if (problem.status() == 409 || problem.status() == 412) {
                return Response.status(problem.status())
                        .entity(page("conflict", null, FieldErrors.none()))
                        .build();
            }
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(null, id, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create(
                        "/console/manager/defeats?done=" + ("REOPEN".equals(decision) ? "reopened" : "confirmed")))
                .build();
    }

    private TemplateInstance page(String done, String failedId, FieldErrors errors) {
        var waiting = defeats.defeats("PENDING", SHOWN);
        return Templates.defeats(waiting.items(), waiting.total(), consultants(), done, failedId, errors);
    }

    private List<String> consultants() {
        try {
            return rota.members().stream()
                    .filter(m -> m.active() && m.consultant())
                    .map(RotaApi.Member::userId)
                    .sorted()
                    .toList();
        } catch (GatewayProblem problem) {
            return List.of();
        }
    }
}
