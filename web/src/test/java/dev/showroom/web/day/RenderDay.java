package dev.showroom.web.day;

import dev.showroom.web.lead.VisitsApi;
import dev.showroom.web.sales.Samples;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Test only: "my day" rendered with sample answers (SalesPagesRenderTest). */
@Path("/test-render/day")
@Produces(MediaType.TEXT_HTML)
public class RenderDay {

    @GET
    public TemplateInstance day() {
        return MyDayPage.Templates.day(
                LocalDate.now(),
                List.of(Samples.lead("H", false)),
                List.of(Samples.lead("A", false)),
                List.of(new VisitsApi.Appointment("A1", "L1", "zhang.min", "BOOKED", Samples.NOW, "test drive", null)),
                List.of(Samples.drive("BOOKED")),
                List.of(
                        new MyDayPage.Coming(Samples.NOW, "L1", "drive", "D1"),
                        new MyDayPage.Coming(Samples.NOW, "L2", "appointment", null)),
                Map.of("L1", "Zhou Min"),
                true);
    }

    @GET
    @Path("empty")
    public TemplateInstance empty() {
        return MyDayPage.Templates.day(
                LocalDate.now(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), false);
    }
}
