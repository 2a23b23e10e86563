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
 * The campaigns running in a period (this month unless dates are chosen): each one's leads, test drives and orders
 * and what each cost (budget / count), two charts drawn from the table beside them (static/charts.js). A period
 * lead-service refuses comes back beside its field.
 */
@Path("/console/manager/campaign-report")
@Produces(MediaType.TEXT_HTML)
public class CampaignReportPage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance campaignReport(
                String from, String to, CampaignsApi.Report report, FieldErrors errors);
    }

    @Inject
    @RestClient
    CampaignsApi api;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            CampaignsApi.Report report = api.report(from, to);
            return Response.ok(Templates.campaignReport(report.from(), report.to(), report, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.campaignReport(from, to, null, FieldErrors.of(problem)))
                    .build();
        }
    }
}
