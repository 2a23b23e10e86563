package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test only: the etiquette scorecard and the meeting log with sample answers (ManagerPagesRenderTest). */
@Path("/test-render/manager/floor")
@Produces(MediaType.TEXT_HTML)
public class RenderFloor {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @GET
    @Path("etiquette")
    public TemplateInstance etiquette() {
        var card = new FloorApi.Scorecard(
                "2026-11-05",
                "2026-12-04",
                List.of(
                        new FloorApi.ConsultantFigures(
                                "li.wei",
                                3,
                                Map.of(
                                        "APPEARANCE",
                                        d("4.67"),
                                        "POSTURE",
                                        d("4.00"),
                                        "HANDSHAKE",
                                        d("4.33"),
                                        "BUSINESS_CARD",
                                        d("3.00"),
                                        "TONE",
                                        d("4.00")),
                                d("4.00"),
                                "BUSINESS_CARD"),
                        new FloorApi.ConsultantFigures(
                                "zhang.min",
                                2,
                                Map.of(
                                        "APPEARANCE",
                                        d("3.50"),
                                        "POSTURE",
                                        d("4.50"),
                                        "HANDSHAKE",
                                        d("5.00"),
                                        "BUSINESS_CARD",
                                        d("4.00"),
                                        "TONE",
                                        d("2.50")),
                                d("3.90"),
                                "TONE")));
        var latest = List.of(new FloorApi.Score(
                "E1",
                "li.wei",
                "2026-12-04",
                Instant.parse("2026-12-04T02:00:00Z"),
                new FloorApi.Scores(5, 4, 4, 3, 4),
                d("4.00"),
                "name badge missing",
                "manager.sh"));
        return EtiquettePage.Templates.etiquette(
                card,
                latest,
                List.of("li.wei", "zhang.min"),
                EtiquettePage.ITEMS,
                card.from(),
                card.to(),
                null,
                "key-3",
                Typed.of("consultantId", "li.wei", "appearance", "5"),
                FieldErrors.none().add("scores.tone", new FieldErrors.Violation("required", "must not be null")));
    }

    @GET
    @Path("meetings")
    public TemplateInstance meetings() {
        var morning = new FloorApi.Meeting(
                "M1",
                "MORNING",
                "2026-12-04",
                List.of("li.wei", "zhang.min"),
                List.of("li.wei", "zhang.min", "reception.sh"),
                "Three Aurora S in pearl white arrived",
                "Trade-in bonus until Sunday",
                "12 walk-ins, 4 test drives, 1 order",
                "Call the H leads before noon",
                null,
                "manager.sh",
                0);
        return MeetingsPage.Templates.meetings(
                List.of(morning),
                List.of("li.wei", "reception.sh", "zhang.min"),
                MeetingsPage.TEXTS,
                "2026-12-04",
                "li.wei, zhang.min",
                null,
                "key-4",
                true,
                Typed.none(),
                FieldErrors.none());
    }
}
