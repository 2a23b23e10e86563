package dev.showroom.web.manager;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The two rotas, one consultant a line in their order: lead-service's round robin that hands out new leads
 * (from enquiries, imports, captures without a consultant) and today's front-desk rota of visit-service that
 * hands out walk-ins and calls (with who is busy and who is next). Saving starts the round again at the first.
 */
@Path("/console/manager/rota")
@Produces(MediaType.TEXT_HTML)
public class RotaPage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance rota(RotaApi.LeadRota leads, RotaApi.DayRota today, String done, String failed,
                Typed typed, FieldErrors errors);
    }

    @Inject
    @RestClient
    RotaApi rota;

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(done, null, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("leads")
    public Response leads(@RestForm String consultants) {
        return save("leads", consultants);
    }

    @POST
    @Path("today")
    public Response today(@RestForm String consultants) {
        return save("today", consultants);
    }

    private Response save(String which, String consultants) {
        Map<String, Object> body = Map.of("consultants", lines(consultants));
        try {
            if (which.equals("leads")) {
                rota.replaceLeadRota(body);
            } else {
                rota.replaceDayRota(body);
            }
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status()).entity(page(null, which, Typed.of("consultants", consultants),
                    FieldErrors.of(problem))).build();
        }
        return Response.seeOther(URI.create("/console/manager/rota?done=" + which)).build();
    }

    /** One consultant a line (commas and spaces also part them), in order. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private TemplateInstance page(String done, String failed, Typed typed, FieldErrors errors) {
        return Templates.rota(rota.leadRota(), rota.dayRota(), done, failed, typed, errors);
    }
}
