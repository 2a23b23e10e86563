package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Samples;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Test only: the manager's screens rendered with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager")
@Produces(MediaType.TEXT_HTML)
public class RenderManager {

    static final DashboardPage.Filter NO_FILTER = DashboardPage.Filter.of(null, null, null, null);

    @GET
    @Path("dashboard")
    public TemplateInstance dashboard() {
        Dashboard board = Dashboard.of(
                ManagerSamples.byConsultant(),
                ManagerSamples.byChannel(),
                ManagerSamples.compliance(),
                ManagerSamples.satisfaction(),
                ManagerSamples.overdue(),
                ManagerSamples.complaints(),
                new Paged<>(List.of(), 0, 1, 2),
                null,
                List.of(),
                ManagerSamples.NOW);
        return DashboardPage.Templates.dashboard(
                board,
                ManagerSamples.traffic(),
                NO_FILTER,
                Periods.of("/console/manager", java.time.LocalDate.of(2026, 12, 4), "2026-12-01", "2026-12-04"),
                List.of("li.wei", "zhang.min"),
                DashboardPage.CHANNELS,
                2L,
                3L,
                5L,
                FieldErrors.none());
    }

    /** Every service down but lead-service, a consultant chosen, and a period lead-service refused. */
    @GET
    @Path("dashboard/gaps")
    public TemplateInstance gaps() {
        Dashboard board = Dashboard.of(
                ManagerSamples.byConsultant(),
                null,
                null,
                null,
                null,
                null,
                null,
                "zhang.min",
                List.of("compliance", "satisfaction", "overdue", "complaints", "approvals"),
                ManagerSamples.NOW);
        return DashboardPage.Templates.dashboard(
                board,
                null,
                DashboardPage.Filter.of(null, null, "zhang.min", "WALK_IN"),
                Periods.of(
                        "/console/manager",
                        java.time.LocalDate.of(2026, 12, 4),
                        null,
                        null,
                        "consultantId",
                        "zhang.min",
                        "channel",
                        "WALK_IN"),
                List.of("zhang.min"),
                DashboardPage.CHANNELS,
                2L,
                null,
                null,
                FieldErrors.none().add("from", new FieldErrors.Violation("period", "from must not be after to")));
    }

    @GET
    @Path("approvals")
    public TemplateInstance approvals() {
        var q = Samples.quote("PENDING_APPROVAL");
        return ApprovalsPage.Templates.approvals(
                List.of(new ApprovalsPage.Waiting(
                        q,
                        "Zhou Min",
                        ApprovalsPage.share(q.discount(), q.listPrice()),
                        ApprovalsPage.share(q.discountLimit(), q.listPrice()))),
                1,
                "approved",
                null,
                Typed.none(),
                FieldErrors.none());
    }

    @GET
    @Path("approvals/refused-without-reason")
    public TemplateInstance refusedWithoutReason() {
        var q = Samples.quote("PENDING_APPROVAL");
        return ApprovalsPage.Templates.approvals(
                List.of(new ApprovalsPage.Waiting(q, "", null, null)),
                60,
                null,
                q.id(),
                Typed.of("note", "typed before"),
                FieldErrors.none().add("note", new FieldErrors.Violation("required", "A refusal gives its reason")));
    }

    @GET
    @Path("approvals/none")
    public TemplateInstance none() {
        return ApprovalsPage.Templates.approvals(List.of(), 0, "conflict", null, Typed.none(), FieldErrors.none());
    }
}
