package dev.showroom.web.care;

import dev.showroom.web.gateway.Paged;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** Test only: the customer classes page with sample answers. */
@Path("/test-render/care/customers")
@Produces(MediaType.TEXT_HTML)
public class RenderClasses {

    @GET
    public TemplateInstance classes() {
        return ClassesPage.Templates.classes(
                new ClassesApi.Summary(
                        3,
                        List.of(
                                new ClassesApi.Cell("HIGH", "AT_RISK", 1),
                                new ClassesApi.Cell("MEDIUM", "POTENTIALLY_LOYAL", 2))),
                new Paged<>(
                        List.of(new ClassesApi.Classed(
                                "L1",
                                "Chen Jie",
                                "li.wei",
                                "Aurora EV",
                                "SO-1",
                                Instant.parse("2026-11-01T08:00:00Z"),
                                "HIGH",
                                "AT_RISK",
                                List.of("REPEAT_BUYER", "OPEN_COMPLAINT"))),
                        0,
                        20,
                        1),
                new ClassesPage.Filter("AT_RISK"),
                ClassesPage.VALUES,
                ClassesPage.LOYALTIES);
    }
}
