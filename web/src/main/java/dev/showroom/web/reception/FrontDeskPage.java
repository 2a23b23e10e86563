package dev.showroom.web.reception;

import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.sales.DealerTime;
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
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The front desk's screen: who is on the rota today and who takes the next customer (the button hands
 * the next customer to the next free consultant), today's appointments, and the way to log a call or a
 * walk-in. Times are shown in the dealer's time zone (visit-service's settings).
 */
@Path("/console/reception")
@Produces(MediaType.TEXT_HTML)
public class FrontDeskPage {

    /** An appointment as the desk reads it: the time of day in the dealer's zone. */
    public record Booked(String time, String consultantId, String purpose, String status) {}

    @CheckedTemplate(basePath = "reception", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance frontDesk(
                VisitsApi.Rota rota, List<Booked> appointments, String recorded, String handedTo, boolean nobodyFree);
    }

    @Inject
    @RestClient
    VisitsApi visits;

    @Inject
    DealerTime dealerTime;

    @GET
    public TemplateInstance desk(
            @QueryParam("recorded") String recorded,
            @QueryParam("next") String handedTo,
            @QueryParam("busy") String busy) {
        ZoneId zone = dealerTime.zone();
        LocalDate today = LocalDate.now(zone);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        List<Booked> booked = visits.appointments(today, "BOOKED", 100).items().stream()
                .filter(a -> a.scheduledAt() != null)
                .sorted(java.util.Comparator.comparing(VisitsApi.Appointment::scheduledAt))
                .map(a -> new Booked(
                        a.scheduledAt().atZone(zone).format(hhmm), a.consultantId(), a.purpose(), a.status()))
                .toList();
        String shown = recorded != null && (recorded.equals("call") || recorded.equals("walk-in")) ? recorded : null;
        return Templates.frontDesk(visits.rota(), booked, shown, handedTo, busy != null);
    }

    /** Hands the next customer to the next free consultant of the rota; all busy (409) is said on the page. */
    @POST
    @Path("next")
    public Response takeNext() {
        try {
            VisitsApi.Next next = visits.takeNext();
            return Response.seeOther(URI.create("/console/reception?next="
                            + java.net.URLEncoder.encode(next.consultantId(), java.nio.charset.StandardCharsets.UTF_8)))
                    .build();
        } catch (GatewayProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            return Response.seeOther(URI.create("/console/reception?busy=1")).build();
        }
    }
}
