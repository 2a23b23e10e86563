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
 * No-shows per consultant (this month unless dates are chosen; visit-service's report): the appointments booked
 * for the period, reminded the day before, attended, not attended (of which reminded), cancelled and the no-show
 * rate, with the dealer's total and a chart drawn from the table. A period visit-service refuses comes back beside
 * its field.
 */
@Path("/console/manager/no-shows")
@Produces(MediaType.TEXT_HTML)
public class NoShowsPage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance noShows(String from, String to, NoShowsApi.Report report, FieldErrors errors);
    }

    @Inject
    @RestClient
    NoShowsApi api;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            NoShowsApi.Report report = api.noShows(blank(from), blank(to));
            return Response.ok(Templates.noShows(report.from(), report.to(), report, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.noShows(from, to, null, FieldErrors.of(problem)))
                    .build();
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
