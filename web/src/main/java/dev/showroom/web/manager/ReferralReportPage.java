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
 * Referrals and their conversion (this month unless dates are chosen; aftersales-service's report): the people
 * referred and how far they came (lead, walk-in, signed order), the referral checkpoint asked at signing and on the
 * call-backs, per consultant and per referrer, a chart drawn from each table. A period after-sales refuses comes
 * back beside its field.
 */
@Path("/console/manager/referrals")
@Produces(MediaType.TEXT_HTML)
public class ReferralReportPage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance referralReport(
                String from, String to, ReferralsApi.Report report, FieldErrors errors);
    }

    @Inject
    @RestClient
    ReferralsApi api;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            ReferralsApi.Report report = api.conversion(blank(from), blank(to));
            return Response.ok(Templates.referralReport(report.from(), report.to(), report, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.referralReport(from, to, null, FieldErrors.of(problem)))
                    .build();
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
