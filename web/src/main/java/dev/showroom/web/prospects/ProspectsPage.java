package dev.showroom.web.prospects;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "My prospects": a consultant's own leads (a manager's: the dealer's), searched by a name fragment or
 * phone digits and filtered by grade and stage, 20 a page. Typing in the search updates the list in
 * place (htmx asks for the results only); without JavaScript the form is an ordinary GET.
 */
@Path("/console/prospects")
@Produces(MediaType.TEXT_HTML)
public class ProspectsPage {

    static final List<String> GRADES = List.of("H", "A", "B", "C", "O", "F");
    static final List<String> STAGES =
            List.of("NEW", "VISITED", "NEEDS_ANALYSED", "PRESENTED", "TEST_DRIVEN", "QUOTED", "ORDERED", "DELIVERED");
    static final int SIZE = 20;

    @CheckedTemplate(basePath = "prospects")
    static class Templates {
        static native TemplateInstance prospects(
                Filter filter, Paged<LeadSummary> leads, FieldErrors errors, List<String> grades, List<String> stages);

        static native TemplateInstance results(Filter filter, Paged<LeadSummary> leads, FieldErrors errors);
    }

    /** The search as the user typed it; {@link #link(int)} is the same search on another page. */
    public record Filter(String q, String grade, String stage) {
        public String link(int page) {
            StringBuilder link = new StringBuilder("/console/prospects?page=").append(page);
            append(link, "q", q);
            append(link, "grade", grade);
            append(link, "stage", stage);
            return link.toString();
        }

        private static void append(StringBuilder link, String name, String value) {
            if (value != null && !value.isBlank()) {
                link.append('&')
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Inject
    @RestClient
    LeadsApi leads;

    @GET
    public Response list(
            @QueryParam("q") String q,
            @QueryParam("grade") String grade,
            @QueryParam("stage") String stage,
            @QueryParam("page") @DefaultValue("0") int page,
            @HeaderParam("HX-Request") String htmx) {
        Filter filter = new Filter(
                blankToNull(q),
                grade != null && GRADES.contains(grade) ? grade : null,
                stage != null && STAGES.contains(stage) ? stage : null);
        Paged<LeadSummary> found;
        FieldErrors errors = FieldErrors.none();
        int status = 200;
        try {
            found = leads.search(filter.q(), filter.grade(), filter.stage(), Math.max(0, page), SIZE);
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            found = Paged.empty();
            errors = FieldErrors.of(problem);
            status = 400;
        }
        TemplateInstance body = "true".equals(htmx)
                ? Templates.results(filter, found, errors)
                : Templates.prospects(filter, found, errors, GRADES, STAGES);
        return Response.status(status).entity(body).build();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
