package dev.showroom.web.manager;

import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.shell.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The manager edits what consultants present (step 5): a model's USP, its selling points (feature, advantage,
 * benefit, the use scenes, a trim if the point is one trim's) and the competitor models it is held against (up to
 * three strengths and weaknesses each). order-service keeps it; the form is sent whole at the version it showed
 * (If-Match): a 412 shows the knowledge as it is now, a 400 comes back beside the row it names.
 */
@Path("/console/manager/product-knowledge")
@Produces(MediaType.TEXT_HTML)
public class ProductKnowledgePage {

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance knowledge(
                List<KnowledgeApi.Model> models, KnowledgeApi.Model model, KnowledgeForm form, String done);
    }

    @Inject
    @RestClient
    KnowledgeApi api;

    @GET
    public TemplateInstance show(@QueryParam("model") String modelCode, @QueryParam("done") String done) {
        List<KnowledgeApi.Model> models = api.models(100).items();
        KnowledgeApi.Model model = models.stream()
                .filter(m -> m.code().equals(modelCode))
                .findFirst()
                .orElse(models.isEmpty() || (modelCode != null && !modelCode.isBlank()) ? null : models.get(0));
        KnowledgeForm form = model == null ? null : KnowledgeForm.of(api.knowledge(model.code()));
        return Templates.knowledge(models, model, form, done);
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code) {
        KnowledgeForm form = KnowledgeForm.posted(code, Forms.current());
        try {
            api.replace(code, "\"" + form.version() + "\"", form.body());
        } catch (GatewayProblem problem) {
            if (problem.status() == 412) {
                // changed meanwhile: the knowledge as it is now, and the page says so above the form
                KnowledgeForm now = KnowledgeForm.of(api.knowledge(code));
                now.general().add("precondition-failed");
                return page(code, now, 412);
            }
            if (!problem.validation()) {
                throw problem;
            }
            return page(code, form.withErrors(problem), problem.status());
        }
        return Response.seeOther(URI.create("/console/manager/product-knowledge?model="
                        + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&done=saved"))
                .build();
    }

    private Response page(String code, KnowledgeForm form, int status) {
        List<KnowledgeApi.Model> models = api.models(100).items();
        KnowledgeApi.Model model = models.stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElse(new KnowledgeApi.Model(code, code, List.of()));
        return Response.status(status)
                .entity(Templates.knowledge(models, model, form, null))
                .build();
    }
}
