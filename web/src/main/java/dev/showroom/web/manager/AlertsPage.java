package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
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
 * "Alerts and response times": the alerts lead-service raised for the managers (a hot lead left past its
 * follow-up; an online or referral lead not contacted within the dealer's limit, with whom the rota handed it to),
 * newest first, each acknowledged with the version shown (If-Match); and how long the period's new leads waited
 * for their first contact, per channel and consultant (minutes of opening hours). A period lead-service refuses
 * comes back beside its field.
 */
@Path("/console/manager/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertsPage {

    static final int SHOWN = 50;

    /** One response-time table: its grouping and rows. */
    public record ResponseTable(String key, List<AlertsApi.ResponseRow> rows) {}

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance alerts(
                List<AlertsApi.Alert> open,
                long total,
                String done,
                String from,
                String to,
                int limitMinutes,
                AlertsApi.ResponseRow overall,
                List<ResponseTable> tables,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    AlertsApi api;

    @GET
    public Response show(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("done") String done) {
        return page(from, to, done, Response.Status.OK.getStatusCode());
    }

    @POST
    @Path("{id}")
    public Response acknowledge(@PathParam("id") String id, @RestForm String version) {
        try {
            // the version the page showed: an alert acknowledged meanwhile is refused (409, or 412 when changed)
            api.acknowledge(id, "\"" + version + "\"");
        } catch (GatewayProblem problem) {
            if (problem.status() == 409 || problem.status() == 412) {
                return page(null, null, "conflict", problem.status());
            }
            throw problem;
        }
        return Response.seeOther(URI.create("/console/manager/alerts?done=acknowledged"))
                .build();
    }

    private Response page(String from, String to, String done, int status) {
        var open = api.alerts(false, "-raisedAt", SHOWN);
        try {
            AlertsApi.ResponseTimes byChannel = api.responseTimes(from, to, "CHANNEL");
            AlertsApi.ResponseTimes byConsultant = api.responseTimes(from, to, "CONSULTANT");
            return Response.status(status)
                    .entity(Templates.alerts(
                            open.items(),
                            open.total(),
                            done,
                            byChannel.from(),
                            byChannel.to(),
                            byChannel.limitMinutes(),
                            byChannel.total(),
                            List.of(
                                    new ResponseTable("CHANNEL", byChannel.rows()),
                                    new ResponseTable("CONSULTANT", byConsultant.rows())),
                            FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.alerts(
                            open.items(), open.total(), done, from, to, 0, null, List.of(), FieldErrors.of(problem)))
                    .build();
        }
    }
}
