package dev.showroom.gateway.views;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showroom.platform.base.Correlation;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Views that no single service can give: one customer across the suite, and the manager's day. */
@Path("/api/v1")
@Tag(name = "Composed views", description = "Answers assembled by the gateway from several services")
@Produces(MediaType.APPLICATION_JSON)
public class ComposedViewsResource {

    private final Composer composer;
    private final ViewsConfig config;
    private final ObjectMapper mapper;
    private final CurrentStaff staff;

    public ComposedViewsResource(Composer composer, ViewsConfig config, ObjectMapper mapper, CurrentStaff staff) {
        this.composer = composer;
        this.config = config;
        this.mapper = mapper;
        this.staff = staff;
    }

    @GET
    @Path("/customers/{leadId}/360")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getCustomer360",
            summary = "Customer 360: the lead with its visits, test drives, appointments, quotes, orders, "
                    + "follow-ups, surveys and complaints; services that did not answer are listed in gaps; sections "
                    + "(comma-separated names) asks for those sections only")
    public Uni<Response> customer360(
            @PathParam("leadId") UUID leadId,
            @QueryParam("sections") @jakarta.validation.constraints.Size(max = 500) String only,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        Map<String, ViewsConfig.Section> sections = new java.util.LinkedHashMap<>();
        sections.put("lead", config.lead());
        // a screen that shows some sections asks for those: the others' services are not asked
        java.util.Set<String> wanted = only == null || only.isBlank()
                ? null
                : java.util.Arrays.stream(only.split(","))
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .collect(java.util.stream.Collectors.toSet());
        if (wanted != null && !config.customer360().keySet().containsAll(wanted)) {
            throw ProblemException.invalid(
                    "sections",
                    "section",
                    "sections names the sections of customer 360: "
                            + String.join(",", config.customer360().keySet()));
        }
        // the view bundles no more than the caller's role may see: sections of other roles are not fetched
        config.customer360().forEach((name, section) -> {
            if (section.visibleTo(staff.roles()) && (wanted == null || wanted.contains(name))) {
                sections.put(name, section);
            }
        });
        return composer.fetch(
                        sections,
                        path -> path.replace("{leadId}", leadId.toString()),
                        headers(authorization, correlationId, trace))
                .map(parts -> {
                    Composer.Part lead = parts.get(0);
                    if (lead.answer() != null && lead.answer().status() == 404) {
                        throw ProblemException.notFound("Lead " + leadId);
                    }
                    ObjectNode view = mapper.createObjectNode().put("leadId", leadId.toString());
                    return Response.ok(composer.fill(view, parts)).build();
                });
    }

    @GET
    @Path("/dashboard")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getDashboard",
            summary =
                    "The manager's dashboard for the caller's dealer: funnel, satisfaction, overdue follow-ups, "
                            + "open complaints, today's appointments and test drives, the showroom traffic of the last 30 days; services that did not answer are listed in gaps")
    public Uni<Response> dashboard(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(Correlation.HEADER) String correlationId,
            @HeaderParam(Correlation.TRACEPARENT) String trace) {
        String dealerId = staff.dealerId();
        Map<String, String> headers = headers(authorization, correlationId, trace);
        // "today" is the dealer's, in the time zone of its profile
        return composer.dealerZone(config.dealerProfile(), headers, config.timeZone())
                .flatMap(zone -> {
                    String today = LocalDate.now(zone).toString();
                    return composer.fetch(
                                    config.dashboard(),
                                    path -> path.replace("{dealerId}", dealerId).replace("{today}", today),
                                    headers)
                            .map(parts -> {
                                ObjectNode view = mapper.createObjectNode()
                                        .put("dealerId", dealerId)
                                        .put("date", today);
                                return Response.ok(composer.fill(view, parts)).build();
                            });
                });
    }

    private static Map<String, String> headers(String authorization, String correlationId, String trace) {
        Map<String, String> headers = new HashMap<>();
        headers.put(HttpHeaders.AUTHORIZATION, authorization);
        headers.put(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        headers.put(Correlation.HEADER, correlationId);
        headers.put(Correlation.TRACEPARENT, trace);
        return headers;
    }
}
