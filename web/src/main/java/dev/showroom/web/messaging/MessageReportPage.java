package dev.showroom.web.messaging;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The messages of a period (this month unless dates are chosen; aftersales-service's report): how many, per kind
 * and delivery status and per channel, the opt-outs by how (a STOP reply, the link) and the customers who may be
 * messaged now; a bar chart drawn from the table by kind. A period after-sales refuses comes back beside its field.
 */
@Path("/console/messages/report")
@Produces(MediaType.TEXT_HTML)
public class MessageReportPage {

    @CheckedTemplate(basePath = "messaging")
    static class Templates {
        static native TemplateInstance report(
                String from,
                String to,
                MessagesApi.Report report,
                List<Line> byKind,
                List<Line> byChannel,
                List<String> statuses,
                FieldErrors errors);
    }

    /** One row of a table: its name and the messages per delivery status. */
    public record Line(String name, long queued, long sent, long delivered, long failed) {
        public long total() {
            return queued + sent + delivered + failed;
        }
    }

    @Inject
    @RestClient
    MessagesApi api;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            MessagesApi.Report report = api.report(blank(from), blank(to));
            return Response.ok(Templates.report(
                            report.from(),
                            report.to(),
                            report,
                            lines(report, true),
                            lines(report, false),
                            MessagesPage.STATUSES,
                            FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.report(
                            from, to, null, List.of(), List.of(), MessagesPage.STATUSES, FieldErrors.of(problem)))
                    .build();
        }
    }

    /** The report's rows summed by kind (every kind, in the order of the list) or by channel (those seen). */
    static List<Line> lines(MessagesApi.Report report, boolean byKind) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        if (byKind) {
            MessagesPage.KINDS.forEach(k -> sums.put(k, new long[4]));
        }
        for (MessagesApi.ReportRow row : report.rows()) {
            long[] s = sums.computeIfAbsent(byKind ? row.kind() : row.channel(), k -> new long[4]);
            int i = row.status() == null ? -1 : MessagesPage.STATUSES.indexOf(row.status());
            if (i >= 0) {
                s[i] += row.messages();
            }
        }
        List<Line> lines = new ArrayList<>();
        sums.forEach((name, s) -> lines.add(new Line(name, s[0], s[1], s[2], s[3])));
        return lines;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
