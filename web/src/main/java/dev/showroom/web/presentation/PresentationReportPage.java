package dev.showroom.web.presentation;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.manager.Periods;
import dev.showroom.web.sales.DealerTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The manager's report of step 5: presentations → test drives → quotes per consultant, per model and per both
 * (visit-service's {@code /api/v1/presentations/report}), this month unless another period is chosen; a chart
 * drawn from each table. A period visit-service refuses comes back beside its field.
 */
@Path("/console/manager/presentations")
@Produces(MediaType.TEXT_HTML)
public class PresentationReportPage {

    /** A table of the report: by consultant, by model, by both. */
    public record Section(String key, List<PresentationsApi.Group> groups) {}

    @CheckedTemplate(basePath = "presentation")
    static class Templates {
        static native TemplateInstance report(
                PresentationsApi.Report report,
                List<Section> sections,
                String from,
                String to,
                List<Periods.Preset> periods,
                FieldErrors errors);
    }

    static List<Section> sections(PresentationsApi.Report r) {
        return List.of(
                new Section("consultant", r.byConsultant() == null ? List.of() : r.byConsultant()),
                new Section("model", r.byModel() == null ? List.of() : r.byModel()),
                new Section("both", r.byConsultantAndModel() == null ? List.of() : r.byConsultantAndModel()));
    }

    @Inject
    @RestClient
    PresentationsApi presentations;

    @Inject
    DealerTime dealerTime;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = dealerTime.today();
        String f = blank(from);
        String t = blank(to);
        if (f == null && t == null) {
            f = today.withDayOfMonth(1).toString();
            t = today.toString();
        }
        List<Periods.Preset> periods = Periods.of("/console/manager/presentations", today, f, t);
        try {
            var report = presentations.report(f, t, null);
            return Response.ok(Templates.report(report, sections(report), f, t, periods, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            var month = presentations.report(today.withDayOfMonth(1).toString(), today.toString(), null);
            return Response.status(400)
                    .entity(Templates.report(month, sections(month), f, t, periods, FieldErrors.of(problem)))
                    .build();
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
