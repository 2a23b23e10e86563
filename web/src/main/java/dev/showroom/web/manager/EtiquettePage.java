package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.DealerTime;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The etiquette and appearance scorecard (process step 2, seed 000's staff etiquette): the manager scores a
 * consultant on appearance, posture (standing and walking), handshake, business card and tone, 1 to 5 each; the
 * period's figures per consultant as a table with a chart drawn from it, and the latest scores.
 */
@Path("/console/manager/etiquette")
@Produces(MediaType.TEXT_HTML)
public class EtiquettePage {

    /** An item of the scorecard: its form field, visit-service's code (as in the figures) and the field it names. */
    public record Item(String name, String code) {
        public String field() {
            return "scores." + name;
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("appearance", "APPEARANCE"),
            new Item("posture", "POSTURE"),
            new Item("handshake", "HANDSHAKE"),
            new Item("businessCard", "BUSINESS_CARD"),
            new Item("tone", "TONE"));

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance etiquette(
                FloorApi.Scorecard card,
                List<FloorApi.Score> latest,
                List<String> consultants,
                List<Item> items,
                String from,
                String to,
                String done,
                String idempotencyKey,
                Typed typed,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    FloorApi floor;

    @Inject
    @RestClient
    RotaApi rota;

    @Inject
    DealerTime dealerTime;

    @GET
    public Response show(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("done") String done) {
        try {
            return Response.ok(page(blank(from), blank(to), done, Typed.none(), FieldErrors.none()))
                    .build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(400)
                    .entity(page(null, null, null, Typed.of("from", from, "to", to), FieldErrors.of(problem)))
                    .build();
        }
    }

    @POST
    public Response score(
            @RestForm String consultantId,
            @RestForm String appearance,
            @RestForm String posture,
            @RestForm String handshake,
            @RestForm String businessCard,
            @RestForm String tone,
            @RestForm String note,
            @RestForm String idempotencyKey) {
        Body scores = Body.of()
                .required("appearance", appearance)
                .required("posture", posture)
                .required("handshake", handshake)
                .required("businessCard", businessCard)
                .required("tone", tone);
        try {
            floor.score(
                    key(idempotencyKey),
                    Body.of()
                            .required("consultantId", consultantId)
                            .put("scores", scores.map())
                            .put("note", note)
                            .map());
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            Typed typed = Typed.of(
                    "consultantId",
                    consultantId,
                    "appearance",
                    appearance,
                    "posture",
                    posture,
                    "handshake",
                    handshake,
                    "businessCard",
                    businessCard,
                    "tone",
                    tone,
                    "note",
                    note,
                    "idempotencyKey",
                    idempotencyKey);
            return Response.status(400)
                    .entity(page(null, null, null, typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/etiquette?done=scored"))
                .build();
    }

    private TemplateInstance page(String from, String to, String done, Typed typed, FieldErrors errors) {
        FloorApi.Scorecard card = floor.scorecard(from, to);
        List<FloorApi.Score> latest = floor.scores(from, to, 20).items();
        TreeSet<String> consultants = rota.consultantIds();
        card.byConsultant().forEach(c -> consultants.add(c.consultantId()));
        String key = typed.has("idempotencyKey")
                ? typed.get("idempotencyKey")
                : UUID.randomUUID().toString();
        return Templates.etiquette(
                card, latest, List.copyOf(consultants), ITEMS, card.from(), card.to(), done, key, typed, errors);
    }

    static String key(String typed) {
        return typed == null || typed.isBlank() ? UUID.randomUUID().toString() : typed;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
