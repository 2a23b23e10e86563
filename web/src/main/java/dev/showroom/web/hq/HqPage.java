package dev.showroom.web.hq;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.manager.Periods;
import dev.showroom.web.manager.ReportsApi.StepScore;
import dev.showroom.web.manager.Sections;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Headquarters' view across dealers: each dealer's funnel and conversions beside the brand's total, CSI, NPS
 * and checkpoint compliance per dealer, and per step of the sales process (a dealer × step grid), counts only.
 * The period is one filter for the three reports; a bad one comes back beside its field.
 */
@Path("/console/hq")
@Produces(MediaType.TEXT_HTML)
public class HqPage {

    /** A dealer's row of the per-step grid: CSI per satisfaction step, compliance per showroom step. */
    public record StepGrid(
            String dealerId, Map<String, StepScore> scores, Map<String, HqApi.StepCompliance> compliance) {}

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static final List<String> SURVEY_STEPS =
            List.of("RECEPTION", "NEEDS_ANALYSIS", "PRESENTATION", "TEST_DRIVE", "NEGOTIATION", "DELIVERY");
    static final List<String> SHOWROOM_STEPS = List.of("CALL", "WALK_IN");

    @CheckedTemplate(basePath = "hq")
    static class Templates {
        static native TemplateInstance hq(
                String from,
                String to,
                List<Periods.Preset> periods,
                HqApi.Funnel funnel,
                HqApi.Satisfaction satisfaction,
                List<StepGrid> grid,
                List<String> surveySteps,
                List<String> showroomSteps,
                List<String> gaps,
                FieldErrors errors);

        static native TemplateInstance defeats(
                String from,
                String to,
                List<Periods.Preset> periods,
                Map<String, HqApi.DefeatReport> reports,
                List<String> groups,
                List<String> gaps,
                FieldErrors errors);
    }

    /** The defeat report's tables, in the order they are shown. */
    static final List<String> DEFEAT_GROUPS = List.of("REASON", "COMPETITOR", "MODEL", "STAGE");

    @Inject
    @RestClient
    HqApi hq;

    @GET
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        String f = from == null || from.isBlank() ? null : from.strip();
        String t = to == null || to.isBlank() ? null : to.strip();
        if (f == null && t == null) {
            // this month (Beijing's days, as the hq reports count them) for the three reports alike
            LocalDate today = LocalDate.now(BEIJING);
            f = today.withDayOfMonth(1).toString();
            t = today.toString();
        }
        try {
            return Response.ok(page(f, t, f, t, FieldErrors.none())).build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            LocalDate today = LocalDate.now(BEIJING);
            return Response.status(400)
                    .entity(page(today.withDayOfMonth(1).toString(), today.toString(), f, t, FieldErrors.of(problem)))
                    .build();
        }
    }

    /**
     * hq's defeat report across dealers: each dealer's defeats of the period by reason, competitor bought, model and
     * stage reached, with the managers' review (counts only). A bad period comes back beside its field.
     */
    @GET
    @Path("defeats")
    public Response defeats(@QueryParam("from") String from, @QueryParam("to") String to) {
        String f = from == null || from.isBlank() ? null : from.strip();
        String t = to == null || to.isBlank() ? null : to.strip();
        LocalDate today = LocalDate.now(BEIJING);
        if (f == null && t == null) {
            f = today.withDayOfMonth(1).toString();
            t = today.toString();
        }
        try {
            return Response.ok(defeatsPage(f, t, f, t, FieldErrors.none())).build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(400)
                    .entity(defeatsPage(
                            today.withDayOfMonth(1).toString(), today.toString(), f, t, FieldErrors.of(problem)))
                    .build();
        }
    }

    private TemplateInstance defeatsPage(String from, String to, String shownFrom, String shownTo, FieldErrors errors) {
        Sections s = new Sections();
        Map<String, HqApi.DefeatReport> reports = new java.util.LinkedHashMap<>();
        for (String group : DEFEAT_GROUPS) {
            reports.put(group, s.fetch("defeats", () -> hq.defeats(from, to, group)));
        }
        List<Periods.Preset> periods = Periods.of("/console/hq/defeats", LocalDate.now(BEIJING), shownFrom, shownTo);
        return Templates.defeats(
                shownFrom,
                shownTo,
                periods,
                reports,
                DEFEAT_GROUPS,
                s.gaps().stream().distinct().toList(),
                errors);
    }

    /** The reports of from..to; the form shows what was typed (shownFrom, shownTo). */
    private TemplateInstance page(String from, String to, String shownFrom, String shownTo, FieldErrors errors) {
        Sections s = new Sections();
        HqApi.Funnel funnel = s.fetch("funnel", () -> hq.funnel(from, to));
        HqApi.Satisfaction satisfaction = s.fetch("satisfaction", () -> hq.satisfaction(from, to));
        var compliance = s.fetch("compliance", () -> hq.compliance(from, to, 100));
        Map<String, StepGrid> grid = new TreeMap<>();
        TreeSet<String> dealers = new TreeSet<>();
        if (funnel != null) {
            funnel.dealers().forEach(d -> dealers.add(d.dealerId()));
        }
        if (satisfaction != null) {
            satisfaction.dealers().forEach(d -> dealers.add(d.dealerId()));
        }
        if (compliance != null) {
            compliance.items().forEach(c -> dealers.add(c.dealerId()));
        }
        for (String dealer : dealers) {
            grid.put(dealer, new StepGrid(dealer, new TreeMap<>(), new TreeMap<>()));
        }
        if (satisfaction != null) {
            satisfaction
                    .dealers()
                    .forEach(d -> d.steps()
                            .forEach(st -> grid.get(d.dealerId()).scores().put(st.step(), st)));
        }
        if (compliance != null) {
            compliance.items().forEach(c -> grid.get(c.dealerId()).compliance().put(c.step(), c));
        }
        List<Periods.Preset> periods = Periods.of("/console/hq", LocalDate.now(BEIJING), shownFrom, shownTo);
        return Templates.hq(
                shownFrom,
                shownTo,
                periods,
                funnel,
                satisfaction,
                List.copyOf(grid.values()),
                SURVEY_STEPS,
                SHOWROOM_STEPS,
                s.gaps(),
                errors);
    }
}
