package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.DealerTime;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Each consultant's sales target for a month, with lead-service's decomposition (how many test drives, visits
 * and leads it takes at the dealer's rates of the last 90 days, the arithmetic written out) and the orders signed
 * so far. The consultants are those on a rota or in this month's funnel; another is typed in by name.
 */
@Path("/console/manager/targets")
@Produces(MediaType.TEXT_HTML)
public class TargetsPage {

    /** A consultant and their target of the month, or null when none is set. */
    public record Row(String consultantId, TargetsApi.Target target) {}

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance targets(
                String month, List<Row> rows, String done, Typed typed, FieldErrors errors);
    }

    @Inject
    @RestClient
    TargetsApi targets;

    @Inject
    @RestClient
    RotaApi rota;

    @Inject
    @RestClient
    ReportsApi reports;

    @Inject
    DealerTime dealerTime;

    @GET
    public TemplateInstance show(@QueryParam("month") String month, @QueryParam("done") String done) {
        return page(month, done, Typed.none(), FieldErrors.none());
    }

    @POST
    public Response set(@RestForm String consultantId, @RestForm String month, @RestForm String sales) {
        try {
            targets.set(
                    consultantId == null ? "" : consultantId.strip(),
                    month,
                    Body.of().required("sales", sales).map());
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 404) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(
                            month,
                            null,
                            Typed.of("consultantId", consultantId, "sales", sales),
                            FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(UriBuilder.fromUri(URI.create("/console/manager/targets"))
                        .queryParam("month", month)
                        .queryParam("done", "target")
                        .build())
                .build();
    }

    private TemplateInstance page(String month, String done, Typed typed, FieldErrors errors) {
        String shown = month == null || month.isBlank()
                ? YearMonth.from(dealerTime.today()).toString()
                : month.strip();
        TreeSet<String> consultants = rota.consultantIds();
        reports.funnel(null, null, null, null, "CONSULTANT").groups().stream()
                .filter(ReportsApi.Group::consultant)
                .forEach(g -> consultants.add(g.key()));
        if (typed.has("consultantId")) {
            consultants.add(typed.get("consultantId").strip());
        }
        List<Row> rows = new ArrayList<>();
        for (String consultant : consultants) {
            rows.add(new Row(consultant, targetOf(consultant, shown)));
        }
        return Templates.targets(shown, rows, done, typed, errors);
    }

    /** The target of the month, or null: none set (404), or a month lead-service does not read (its 400). */
    private TargetsApi.Target targetOf(String consultant, String month) {
        try {
            return targets.target(consultant, month);
        } catch (GatewayProblem problem) {
            if (problem.status() == 404 || problem.validation()) {
                return null;
            }
            throw problem;
        }
    }
}
