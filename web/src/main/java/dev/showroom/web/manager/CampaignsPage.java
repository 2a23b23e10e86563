package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The dealer's marketing events and campaigns (lead-service's): the list, newest first, a form for a new one and
 * one to change each (at the version shown: If-Match); lead-service's 400 beside the field it names, a 412 above
 * the form with the campaign as it is now. The report: {@link CampaignReportPage}.
 */
@Path("/console/manager/campaigns")
@Produces(MediaType.TEXT_HTML)
public class CampaignsPage {

    static final List<String> CHANNELS =
            List.of("MARKETING_EVENT", "ONLINE", "PARTNER", "PERSONAL_NETWORK", "CUSTOMER_REFERRAL", "OTHER");

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance campaigns(
                Paged<CampaignsApi.Campaign> campaigns,
                CampaignsApi.Campaign empty,
                List<String> channels,
                String key,
                String done,
                Typed typed,
                FieldErrors errors);

        static native TemplateInstance campaign(
                CampaignsApi.Campaign campaign, List<String> channels, Typed typed, FieldErrors errors);
    }

    @Inject
    @RestClient
    CampaignsApi api;

    @GET
    public TemplateInstance list(@QueryParam("page") int page, @QueryParam("done") String done) {
        return Templates.campaigns(
                api.list("-startsOn", Math.max(0, page), 20),
                CampaignsApi.Campaign.NONE,
                CHANNELS,
                UUID.randomUUID().toString(),
                done,
                Typed.none(),
                FieldErrors.none());
    }

    @POST
    public Response create(
            @RestForm String name,
            @RestForm String channel,
            @RestForm String startsOn,
            @RestForm String endsOn,
            @RestForm String budget,
            @RestForm String note,
            @RestForm String idempotencyKey) {
        try {
            api.create(
                    idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey,
                    body(name, channel, startsOn, endsOn, budget, note));
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(400)
                    .entity(Templates.campaigns(
                            api.list("-startsOn", 0, 20),
                            CampaignsApi.Campaign.NONE,
                            CHANNELS,
                            idempotencyKey,
                            null,
                            typed(name, channel, startsOn, endsOn, budget, note),
                            FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/campaigns?done=created"))
                .build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") String id) {
        return Templates.campaign(api.campaign(id), CHANNELS, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    public Response save(
            @PathParam("id") String id,
            @RestForm String name,
            @RestForm String channel,
            @RestForm String startsOn,
            @RestForm String endsOn,
            @RestForm String budget,
            @RestForm String note,
            @RestForm String version) {
        try {
            api.update(id, "\"" + version + "\"", body(name, channel, startsOn, endsOn, budget, note));
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 412) {
                throw problem;
            }
            // a 412: the campaign as it is now, what was typed dropped; a 400: what was typed, beside its errors
            Typed typed = problem.status() == 412 ? Typed.none() : typed(name, channel, startsOn, endsOn, budget, note);
            return Response.status(problem.status())
                    .entity(Templates.campaign(api.campaign(id), CHANNELS, typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/campaigns?done=saved"))
                .build();
    }

    private static Map<String, Object> body(
            String name, String channel, String startsOn, String endsOn, String budget, String note) {
        return Body.of()
                .put("name", name)
                .put("channel", channel)
                .put("startsOn", startsOn)
                .put("endsOn", endsOn)
                .put("budget", budget)
                .put("note", note)
                .map();
    }

    private static Typed typed(
            String name, String channel, String startsOn, String endsOn, String budget, String note) {
        return Typed.of(
                "name",
                name,
                "channel",
                channel,
                "startsOn",
                startsOn,
                "endsOn",
                endsOn,
                "budget",
                budget,
                "note",
                note);
    }
}
