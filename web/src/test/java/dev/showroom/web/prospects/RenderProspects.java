package dev.showroom.web.prospects;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.Paged;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;

/** Test only: "my prospects" rendered with a new, ungraded prospect and a graded, overdue one (SalesPagesRenderTest). */
@Path("/test-render/prospects")
@Produces(MediaType.TEXT_HTML)
public class RenderProspects {

    @GET
    public TemplateInstance prospects(@QueryParam("q") String q) {
        ProspectsPage.Filter filter = new ProspectsPage.Filter(q, null, null);
        Paged<LeadSummary> leads = new Paged<>(
                List.of(
                        new LeadSummary(
                                "L1",
                                "Console Qian 123456",
                                "+8613712345678",
                                "WALK_IN",
                                "Aurora S",
                                "zhang.min",
                                null,
                                null,
                                null,
                                false),
                        new LeadSummary(
                                "L2",
                                "Zhou Min",
                                "+8613512345678",
                                "PHONE",
                                null,
                                "zhang.min",
                                "A",
                                "VISITED",
                                OffsetDateTime.parse("2026-12-01T09:00:00+08:00"),
                                true)),
                0,
                20,
                2);
        return ProspectsPage.Templates.prospects(
                filter, leads, FieldErrors.none(), ProspectsPage.GRADES, ProspectsPage.STAGES);
    }
}
