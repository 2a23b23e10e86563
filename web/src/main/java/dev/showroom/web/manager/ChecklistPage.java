package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Problem;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The morning opening checklist (process step 2): before the showroom opens the manager walks the floor with
 * the dealer's items; every item passes unless ticked as failed, and a failed one names who fixes it today
 * (visit-service makes it an action). After the run: the day's figures and the actions still open, each closed
 * with a note once fixed. visit-service's refusals come back beside the item they name.
 */
@Path("/console/manager/checklist")
@Produces(MediaType.TEXT_HTML)
public class ChecklistPage {

    /** {@code results[3].ownerId}: the form's row 3, field ownerId. */
    private static final Pattern RESULT_FIELD = Pattern.compile("results\\[(\\d+)]\\.(\\w+)");

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance checklist(
                ChecklistApi.Summary today,
                List<ChecklistApi.Item> items,
                List<ChecklistApi.Action> open,
                List<ChecklistApi.Item> spotItems,
                List<FloorApi.SpotCheck> spotChecks,
                String spotKey,
                List<String> staff,
                String done,
                Typed typed,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    ChecklistApi checklists;

    @Inject
    @RestClient
    RotaApi rota;

    @Inject
    @RestClient
    FloorApi floor;

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(done, Typed.none(), FieldErrors.none());
    }

    @POST
    public Response run(
            @RestForm List<String> itemCode,
            @RestForm List<String> failed,
            @RestForm List<String> note,
            @RestForm List<String> ownerId) {
        List<String> failures = failed == null ? List.of() : failed;
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < itemCode.size(); i++) {
            boolean fails = failures.contains(itemCode.get(i));
            results.add(Body.of()
                    .put("itemCode", itemCode.get(i))
                    .put("passed", !fails)
                    .put("note", at(note, i))
                    .put("ownerId", fails ? at(ownerId, i) : null)
                    .map());
        }
        try {
            checklists.run(Map.of("results", results));
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 409) {
                throw problem;
            }
            // what was typed, per item (note-CODE, ownerId-CODE), so the run comes back as it was filled in
            List<Object> typed = new ArrayList<>(List.of("failed", failures));
            for (int i = 0; i < itemCode.size(); i++) {
                typed.addAll(List.of(
                        "note-" + itemCode.get(i),
                        java.util.Objects.toString(at(note, i), ""),
                        "ownerId-" + itemCode.get(i),
                        java.util.Objects.toString(at(ownerId, i), "")));
            }
            return Response.status(problem.status())
                    .entity(page(null, Typed.of(typed.toArray()), byItem(problem, itemCode)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/checklist?done=run"))
                .build();
    }

    /** A spot check during the day (walk-around management): an item in an area, pass or fail with its owner. */
    @POST
    @Path("spot-checks")
    public Response spotCheck(
            @RestForm String spotItem,
            @RestForm String area,
            @RestForm String spotFailed,
            @RestForm String spotNote,
            @RestForm String spotOwner,
            @RestForm String spotKey) {
        boolean fails = Body.ticked(spotFailed);
        try {
            floor.spotCheck(
                    EtiquettePage.key(spotKey),
                    Body.of()
                            .required("itemCode", spotItem)
                            .put("area", area)
                            .put("passed", !fails)
                            .put("note", spotNote)
                            .put("ownerId", fails ? spotOwner : null)
                            .map());
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            Typed typed = Typed.of(
                    "spotItem",
                    spotItem,
                    "area",
                    area,
                    "spotFailed",
                    fails ? "on" : "",
                    "spotNote",
                    spotNote,
                    "spotOwner",
                    spotOwner,
                    "spotKey",
                    spotKey);
            return Response.status(problem.status())
                    .entity(page(null, typed, spotErrors(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/checklist?done=spot#spot-checks"))
                .build();
    }

    /** visit-service names the request's fields; the spot check form's are prefixed (spotItem, spotOwner…). */
    static FieldErrors spotErrors(GatewayProblem problem) {
        FieldErrors errors = FieldErrors.none();
        Map<String, String> names =
                Map.of("itemCode", "spotItem", "ownerId", "spotOwner", "note", "spotNote", "area", "area");
        for (Problem.FieldError e : problem.problem().errors()) {
            FieldErrors.Violation violation = new FieldErrors.Violation(e.rule(), e.message());
            String field = e.field() == null ? null : names.get(e.field());
            errors = field == null ? errors.addGeneral(violation) : errors.add(field, violation);
        }
        return errors.any() ? errors : FieldErrors.of(problem);
    }

    @POST
    @Path("actions/{id}/close")
    public Response close(@PathParam("id") String id, @RestForm String closeNote) {
        try {
            checklists.close(id, Body.of().put("note", closeNote).map());
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(null, Typed.of("action", id, "closeNote", closeNote), FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/checklist?done=closed"))
                .build();
    }

    private TemplateInstance page(String done, Typed typed, FieldErrors errors) {
        ChecklistApi.Summary today = checklists.summary(null);
        List<ChecklistApi.Item> template = checklists.items(100).items();
        List<ChecklistApi.Item> items = today.run() ? List.of() : template;
        List<FloorApi.SpotCheck> spotChecks = floor.spotChecks(null, 50).items();
        String spotKey = typed.has("spotKey")
                ? typed.get("spotKey")
                : java.util.UUID.randomUUID().toString();
        List<ChecklistApi.Action> open = checklists.openActions(true, 100).items();
        TreeSet<String> staff = new TreeSet<>();
        rota.members().stream().filter(RotaApi.Member::active).forEach(m -> staff.add(m.userId()));
        return Templates.checklist(
                today, items, open, template, spotChecks, spotKey, List.copyOf(staff), done, typed, errors);
    }

    /** The service names a row of the run by its index; the form shows it beside that item ({@code ownerId-CODE}). */
    static FieldErrors byItem(GatewayProblem problem, List<String> itemCodes) {
        FieldErrors errors = FieldErrors.none();
        for (Problem.FieldError e : problem.problem().errors()) {
            Matcher m = RESULT_FIELD.matcher(e.field() == null ? "" : e.field());
            FieldErrors.Violation violation = new FieldErrors.Violation(e.rule(), e.message());
            if (m.matches() && Integer.parseInt(m.group(1)) < itemCodes.size()) {
                errors = errors.add(m.group(2) + "-" + itemCodes.get(Integer.parseInt(m.group(1))), violation);
            } else {
                errors = errors.addGeneral(violation);
            }
        }
        if (!errors.any()) {
            errors = FieldErrors.of(problem);
        }
        return errors;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }
}
