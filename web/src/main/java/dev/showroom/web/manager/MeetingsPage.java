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
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The morning and evening meeting log (process step 2; seed 000: the morning meeting before the opening checklist,
 * the evening meeting sums up the day): kind, day, the rota (today's duty of the roster proposed), who attended, stock
 * news, promotions, yesterday's results, today's plan; then the meetings of the last 30 days. One of each kind a
 * day: visit-service's 409 is said on the form.
 */
@Path("/console/manager/meetings")
@Produces(MediaType.TEXT_HTML)
public class MeetingsPage {

    static final List<String> TEXTS = List.of("stockNews", "promotions", "yesterdayResults", "todayPlan", "note");

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance meetings(
                List<FloorApi.Meeting> meetings,
                List<String> staff,
                List<String> texts,
                String today,
                String rota,
                String done,
                String idempotencyKey,
                boolean taken,
                Typed typed,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    FloorApi floor;

    @Inject
    @RestClient
    RotaApi rota;

    @Inject
    DealerTime dealerTime;

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(done, false, Typed.none(), FieldErrors.none());
    }

    @POST
    public Response log(
            @RestForm String kind,
            @RestForm String date,
            @RestForm String rota,
            @RestForm List<String> attendees,
            @RestForm String stockNews,
            @RestForm String promotions,
            @RestForm String yesterdayResults,
            @RestForm String todayPlan,
            @RestForm String note,
            @RestForm String idempotencyKey) {
        List<String> present = attendees == null ? List.of() : attendees;
        List<String> onDuty = rota == null
                ? List.of()
                : Arrays.stream(rota.split("[,，\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        Body body = Body.of()
                .required("kind", kind)
                .put("date", date)
                .put("rota", onDuty)
                .put("attendees", present)
                .put("stockNews", stockNews)
                .put("promotions", promotions)
                .put("yesterdayResults", yesterdayResults)
                .put("todayPlan", todayPlan)
                .put("note", note);
        try {
            floor.meeting(EtiquettePage.key(idempotencyKey), body.map());
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 409) {
                throw problem;
            }
            List<Object> typed = new ArrayList<>(List.of(
                    "kind",
                    nn(kind),
                    "date",
                    nn(date),
                    "rota",
                    nn(rota),
                    "stockNews",
                    nn(stockNews),
                    "promotions",
                    nn(promotions),
                    "yesterdayResults",
                    nn(yesterdayResults),
                    "todayPlan",
                    nn(todayPlan),
                    "note",
                    nn(note),
                    "idempotencyKey",
                    nn(idempotencyKey)));
            typed.add("attendees");
            typed.add(present);
            return Response.status(problem.status())
                    .entity(page(
                            null,
                            problem.status() == 409,
                            Typed.of(typed.toArray()),
                            problem.status() == 409 ? FieldErrors.none() : FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/meetings?done=logged"))
                .build();
    }

    private TemplateInstance page(String done, boolean taken, Typed typed, FieldErrors errors) {
        List<FloorApi.Meeting> meetings = floor.meetings(null, 30).items();
        TreeSet<String> staff = new TreeSet<>();
        rota.members().stream().filter(RotaApi.Member::active).forEach(m -> staff.add(m.userId()));
        String duty = String.join(", ", rota.duty().userIds());
        String key = typed.has("idempotencyKey")
                ? typed.get("idempotencyKey")
                : UUID.randomUUID().toString();
        return Templates.meetings(
                meetings,
                List.copyOf(staff),
                TEXTS,
                dealerTime.today().toString(),
                duty,
                done,
                key,
                taken,
                typed,
                errors);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
