package dev.showroom.web.reception;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.prospects.LeadSummary;
import dev.showroom.web.prospects.LeadsApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The front desk recognises a returning customer by the whole phone number (lead-service refuses a part
 * of it: the mask must not be undone digit by digit) and sees what a receptionist may: the name, the
 * masked phone, the consultant, grade and stage.
 */
@Path("/console/reception/returning")
@Produces(MediaType.TEXT_HTML)
public class ReturningCustomerPage {

    @CheckedTemplate(basePath = "reception")
    static class Templates {
        static native TemplateInstance returning(String phone, boolean searched, LeadSummary found, FieldErrors errors);
    }

    @Inject
    @RestClient
    LeadsApi leads;

    @GET
    public Response lookUp(@QueryParam("phone") String phone) {
        if (phone == null || phone.isBlank()) {
            return Response.ok(Templates.returning("", false, null, FieldErrors.none()))
                    .build();
        }
        try {
            LeadSummary found = leads.search(phone.strip(), null, null, 0, 1).items().stream()
                    .findFirst()
                    .orElse(null);
            return Response.ok(Templates.returning(phone, true, found, FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            // the API names the query parameter q; this form calls it phone
            FieldErrors errors = FieldErrors.of(problem);
            FieldErrors shown = FieldErrors.none();
            for (FieldErrors.Violation violation : errors.of("q")) {
                shown = shown.add("phone", violation);
            }
            for (FieldErrors.Violation violation : errors.others("q")) {
                shown = shown.add("phone", violation);
            }
            return Response.status(400)
                    .entity(Templates.returning(phone, false, null, shown))
                    .build();
        }
    }
}
