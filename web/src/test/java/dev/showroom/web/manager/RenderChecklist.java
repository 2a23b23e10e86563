package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Test only: the opening checklist before and after the morning run (ManagerPagesRenderTest). */
@Path("/test-render/manager/checklist")
@Produces(MediaType.TEXT_HTML)
public class RenderChecklist {

    static final List<ChecklistApi.Item> ITEMS = List.of(
            new ChecklistApi.Item("DISPLAY_CARS_CLEAN", "Display cars clean", 1),
            new ChecklistApi.Item("BROCHURES_STOCKED", "Brochures stocked", 2));
    static final ChecklistApi.Action OPEN = new ChecklistApi.Action(
            "A1",
            "2026-12-03",
            "BROCHURES_STOCKED",
            "Brochures stocked",
            "rack empty",
            "zhang.min",
            true,
            null,
            null,
            null,
            null);

    /** Not run yet; a failed item came back without its owner. */
    @GET
    @Path("to-run")
    public TemplateInstance toRun() {
        return ChecklistPage.Templates.checklist(
                new ChecklistApi.Summary("2026-12-04", false, null, 2, 0, 0, 0, 0, 0, null),
                ITEMS,
                List.of(OPEN),
                ITEMS,
                List.of(),
                "key-1",
                List.of("li.wei", "zhang.min"),
                null,
                Typed.of("failed", List.of("BROCHURES_STOCKED"), "note-BROCHURES_STOCKED", "rack empty"),
                FieldErrors.none()
                        .add(
                                "ownerId-BROCHURES_STOCKED",
                                new FieldErrors.Violation("required", "A failed item needs the owner who fixes it")));
    }

    @GET
    @Path("run")
    public TemplateInstance run() {
        return ChecklistPage.Templates.checklist(
                new ChecklistApi.Summary("2026-12-04", true, "manager.sh", 2, 1, 1, 1, 0, 0, List.of(OPEN)),
                List.of(),
                List.of(OPEN),
                ITEMS,
                List.of(
                        new FloorApi.SpotCheck(
                                "S1",
                                "2026-12-04",
                                java.time.Instant.parse("2026-12-04T06:30:00Z"),
                                "manager.sh",
                                "Lounge",
                                "DRINKS_STATION",
                                "Drinks station",
                                false,
                                "only two choices",
                                "zhang.min",
                                true),
                        new FloorApi.SpotCheck(
                                "S2",
                                "2026-12-04",
                                java.time.Instant.parse("2026-12-04T03:10:00Z"),
                                "manager.sh",
                                "Display car 1",
                                "DISPLAY_CARS_CLEAN",
                                "Display cars clean",
                                true,
                                null,
                                null,
                                false)),
                "key-2",
                List.of(),
                "run",
                Typed.none(),
                FieldErrors.none());
    }
}
