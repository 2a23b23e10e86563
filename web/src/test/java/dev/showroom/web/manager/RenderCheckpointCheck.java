package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Test only: the checkpoint check with sample answers, and with a period refused. */
@Path("/test-render/manager")
@Produces(MediaType.TEXT_HTML)
public class RenderCheckpointCheck {

    @GET
    @Path("checkpoint-check")
    public TemplateInstance check() {
        return CheckpointCheckPage.Templates.checkpointCheck(
                "2026-09-01",
                "2026-11-30",
                new CheckpointsApi.Check(
                        "2026-09-01",
                        "2026-11-30",
                        "Asia/Shanghai",
                        List.of(
                                new CheckpointsApi.Row(
                                        "li.wei",
                                        "DRINKS_OFFERED",
                                        "RECEPTION",
                                        new CheckpointsApi.Counts(9, 1, 90.0),
                                        new CheckpointsApi.Counts(2, 3, 40.0),
                                        50.0),
                                new CheckpointsApi.Row(
                                        null,
                                        "BIGGEST_BENEFIT_FIRST",
                                        "PRESENTATION",
                                        new CheckpointsApi.Counts(0, 0, null),
                                        new CheckpointsApi.Counts(1, 0, 100.0),
                                        null))),
                FieldErrors.none());
    }

    @GET
    @Path("checkpoint-check/errors")
    public TemplateInstance errors() {
        return CheckpointCheckPage.Templates.checkpointCheck(
                "2026-12-01", "2026-11-01", null, FieldErrors.none().add("from", "must not be after to"));
    }
}
