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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Defeats and objections of a period (this month unless dates are chosen), as tables with a chart each drawn from
 * the table (static/charts.js): defeats by reason, competitor, model, channel, stage reached and consultant;
 * objections by category, model and consultant with how many preceded a defeat; beside them what the lost customers
 * said in after-sales' survey (why elsewhere, what we could have done, the mean ratings). A period lead-service
 * refuses comes back beside its field.
 */
@Path("/console/manager/defeat-report")
@Produces(MediaType.TEXT_HTML)
public class DefeatReportPage {

    /** One table: the message key of its title and the rows. */
    public record DefeatTable(String key, List<DefeatsApi.DefeatRow> rows) {}

    public record ObjectionTable(String key, List<DefeatsApi.ObjectionRow> rows) {}

    static final List<String> DEFEAT_GROUPS =
            List.of("REASON", "COMPETITOR", "STAGE", "CHANNEL", "MODEL", "CONSULTANT");
    static final List<String> OBJECTION_GROUPS = List.of("CATEGORY", "MODEL", "CONSULTANT");

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance defeatReport(
                String from,
                String to,
                long defeats,
                long objections,
                List<DefeatTable> defeatTables,
                List<ObjectionTable> objectionTables,
                LostCustomersApi.Summary lostCustomers,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    DefeatsApi api;

    @Inject
    @RestClient
    LostCustomersApi lostCustomers;

    /** What the lost customers of the period said (after-sales' surveys); null when after-sales does not answer. */
    private LostCustomersApi.Summary lostCustomers(String from, String to) {
        try {
            return new Sections().fetch("surveys", () -> lostCustomers.summary(from, to));
        } catch (GatewayProblem refused) {
            return null;
        }
    }

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            DefeatsApi.DefeatReport first = api.defeatReport(from, to, DEFEAT_GROUPS.get(0));
            List<DefeatTable> defeatTables = DEFEAT_GROUPS.stream()
                    .map(g -> new DefeatTable(
                            g,
                            g.equals("REASON")
                                    ? first.rows()
                                    : api.defeatReport(from, to, g).rows()))
                    .toList();
            List<DefeatsApi.ObjectionReport> objections = OBJECTION_GROUPS.stream()
                    .map(g -> api.objectionReport(from, to, g))
                    .toList();
            List<ObjectionTable> objectionTables = java.util.stream.IntStream.range(0, OBJECTION_GROUPS.size())
                    .mapToObj(i -> new ObjectionTable(
                            OBJECTION_GROUPS.get(i), objections.get(i).rows()))
                    .toList();
            return Response.ok(Templates.defeatReport(
                            first.from(),
                            first.to(),
                            first.total(),
                            objections.get(0).total(),
                            defeatTables,
                            objectionTables,
                            lostCustomers(first.from(), first.to()),
                            FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.defeatReport(from, to, 0, 0, List.of(), List.of(), null, FieldErrors.of(problem)))
                    .build();
        }
    }
}
