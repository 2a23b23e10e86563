package dev.showroom.web.care;

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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The complaints report of a period (after-sales' {@code /api/v1/complaints/report}): by severity, category and root
 * cause with the deadlines kept, the open ones by age, and the customers who complained again. For customer care and
 * the managers; a period after-sales refuses comes back beside its field.
 */
@Path("/console/care/complaints/report")
@Produces(MediaType.TEXT_HTML)
public class ComplaintReportPage {

    /** One breakdown: its key (severity, category, rootCause) and rows. */
    public record Table(String key, List<CareApi.ReportRow> rows) {}

    @CheckedTemplate(basePath = "care", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance complaintReport(
                String from, String to, CareApi.ComplaintReport report, List<Table> tables, FieldErrors errors);
    }

    @Inject
    @RestClient
    CareApi care;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            CareApi.ComplaintReport report = care.complaintReport(blankToNull(from), blankToNull(to));
            List<Table> tables = List.of(
                    new Table("severity", report.bySeverity()),
                    new Table("category", report.byCategory()),
                    new Table("rootCause", report.byRootCause()));
            return Response.ok(
                            Templates.complaintReport(report.from(), report.to(), report, tables, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.complaintReport(from, to, null, List.of(), FieldErrors.of(problem)))
                    .build();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
