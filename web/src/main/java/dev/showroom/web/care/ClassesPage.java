package dev.showroom.web.care;

import dev.showroom.web.gateway.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The customers by value and loyalty class (seed 003 §3.2): how many in each, and the list of one loyalty class, the
 * customers at risk unless another is chosen: customer care's calls to make.
 */
@Path("/console/care/customers")
@Produces(MediaType.TEXT_HTML)
public class ClassesPage {

    static final List<String> VALUES = List.of("HIGH", "MEDIUM", "LOW");
    static final List<String> LOYALTIES = List.of("AT_RISK", "POTENTIALLY_LOYAL", "LOYAL");
    static final int SIZE = 20;

    /** The list's filter: one loyalty class. */
    public record Filter(String loyalty) {
        public String link(int page) {
            return "/console/care/customers?loyalty=" + loyalty + "&page=" + page;
        }
    }

    @CheckedTemplate(basePath = "care")
    static class Templates {
        static native TemplateInstance classes(
                ClassesApi.Summary summary,
                Paged<ClassesApi.Classed> page,
                Filter filter,
                List<String> values,
                List<String> loyalties);
    }

    @Inject
    @RestClient
    ClassesApi api;

    @GET
    public TemplateInstance show(@QueryParam("loyalty") String loyalty, @QueryParam("page") int page) {
        String chosen = chosen(loyalty);
        return Templates.classes(
                api.summary(), api.list(chosen, null, Math.max(0, page), SIZE), new Filter(chosen), VALUES, LOYALTIES);
    }

    /** The loyalty asked for, or the at-risk list (none asked: the menu's link; List.of's contains(null) throws). */
    static String chosen(String loyalty) {
        return loyalty != null && LOYALTIES.contains(loyalty) ? loyalty : "AT_RISK";
    }
}
