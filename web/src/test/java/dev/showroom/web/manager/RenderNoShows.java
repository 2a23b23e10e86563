package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** Test only: the no-shows report rendered with sample answers (MessagingPagesRenderTest). */
@Path("/test-render/manager/no-shows")
@Produces(MediaType.TEXT_HTML)
public class RenderNoShows {

    @GET
    public TemplateInstance report() {
        return NoShowsPage.Templates.noShows(
                "2026-12-01",
                "2026-12-04",
                new NoShowsApi.Report(
                        "2026-12-01",
                        "2026-12-04",
                        "Asia/Shanghai",
                        new NoShowsApi.Row(null, 10, 8, 6, 3, 2, 1, new BigDecimal("0.3333")),
                        List.of(
                                new NoShowsApi.Row("li.wei", 7, 6, 4, 2, 2, 1, new BigDecimal("0.3333")),
                                new NoShowsApi.Row("zhang.min", 3, 2, 2, 1, 0, 0, new BigDecimal("0.3333")))),
                FieldErrors.none());
    }

    @GET
    @Path("bad-period")
    public TemplateInstance badPeriod() {
        return NoShowsPage.Templates.noShows(
                "2026-12-09",
                "2026-12-01",
                null,
                FieldErrors.none().add("from", new FieldErrors.Violation("period", "from must not be after to")));
    }
}
