package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The dealer's roster: today's consultants on duty in turn order (by name, with the front desk's state: who is
 * busy, who is next), whom the round robin hands new leads to and the front desk its customers; and the staff,
 * kept by the manager (add a member, make one inactive or active again). Saving the duty restarts today's round.
 */
@Path("/console/manager/rota")
@Produces(MediaType.TEXT_HTML)
public class RotaPage {

    static final List<String> ROLES = List.of("RECEPTIONIST", "CONSULTANT", "CUSTOMER_CARE", "MANAGER", "ADMIN");

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance rota(
                RotaApi.Duty duty,
                RotaApi.DayRota desk,
                List<RotaApi.Member> members,
                List<String> roles,
                String done,
                String failed,
                Typed typed,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    RotaApi rota;

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(done, null, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("duty")
    public Response duty(@RestForm String date, @RestForm long version, @RestForm String consultants) {
        try {
            rota.replaceDuty(date, "\"" + version + "\"", Map.of("consultants", lines(consultants)));
        } catch (GatewayProblem problem) {
            return failed(problem, "duty", Typed.of("consultants", consultants));
        }
        return Response.seeOther(URI.create("/console/manager/rota?done=duty")).build();
    }

    @POST
    @Path("members")
    public Response add(@RestForm String userId, @RestForm String displayName, @RestForm List<String> roles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", userId == null ? "" : userId.strip());
        body.put("displayName", displayName == null ? "" : displayName.strip());
        body.put("roles", roles == null ? List.of() : roles);
        try {
            rota.addMember(body);
        } catch (GatewayProblem problem) {
            return failed(
                    problem,
                    "member",
                    Typed.of("userId", userId, "displayName", displayName, "roles", roles == null ? List.of() : roles));
        }
        return Response.seeOther(URI.create("/console/manager/rota?done=member"))
                .build();
    }

    /** Makes a member inactive (one who left: no new leads, off the front desk) or active again. */
    @POST
    @Path("members/{userId}/active")
    public Response active(@PathParam("userId") String userId, @RestForm long version, @RestForm boolean active) {
        RotaApi.Member member = rota.members().stream()
                .filter(m -> m.userId().equals(userId))
                .findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        try {
            rota.updateMember(
                    userId,
                    "\"" + version + "\"",
                    Map.of("displayName", member.displayName(), "roles", member.roles(), "active", active));
        } catch (GatewayProblem problem) {
            return failed(problem, "members", Typed.none());
        }
        return Response.seeOther(URI.create("/console/manager/rota?done=member"))
                .build();
    }

    private Response failed(GatewayProblem problem, String which, Typed typed) {
        if (!problem.validation() && problem.status() != 412 && problem.status() != 409) {
            throw problem;
        }
        return Response.status(problem.status())
                .entity(page(null, which, typed, FieldErrors.of(problem)))
                .build();
    }

    /** One consultant a line (commas and spaces also part them), in order. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\s,;]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    private TemplateInstance page(String done, String failed, Typed typed, FieldErrors errors) {
        return Templates.rota(rota.duty(), rota.dayRota(), rota.members(), ROLES, done, failed, typed, errors);
    }
}
