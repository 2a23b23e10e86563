package dev.showroom.web.manager;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Test only: the product knowledge editor rendered with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager/product-knowledge")
@Produces(MediaType.TEXT_HTML)
public class RenderKnowledge {

    static final List<KnowledgeApi.Model> MODELS = List.of(
            new KnowledgeApi.Model("AURORA", "Aurora", List.of(new KnowledgeApi.Item("LONG_RANGE", "Long Range"))),
            new KnowledgeApi.Model("ZEPHYR", "Zephyr", List.of()));

    static KnowledgeApi.Knowledge stored() {
        return new KnowledgeApi.Knowledge(
                "AURORA",
                "The family EV that goes a week on one charge",
                List.of(new KnowledgeApi.SellingPoint(
                        "P-1",
                        "LONG_RANGE",
                        "600 km range",
                        "one charge a week",
                        "no range worry",
                        List.of("FAMILY_TRIP", "COMMUTE"))),
                List.of(new KnowledgeApi.Competitor(
                        "Rival R5", List.of("longer range", "faster charging"), List.of("smaller boot"))),
                "zhang.manager",
                null,
                3);
    }

    @GET
    public TemplateInstance saved() {
        return ProductKnowledgePage.Templates.knowledge(MODELS, MODELS.get(0), KnowledgeForm.of(stored()), "saved");
    }

    @GET
    @Path("refused")
    public TemplateInstance refused() {
        KnowledgeForm form = KnowledgeForm.of(stored());
        form.points().get(0).errors().add("advantage: must not be blank");
        form.general().add("precondition-failed");
        return ProductKnowledgePage.Templates.knowledge(MODELS, MODELS.get(0), form, null);
    }
}
