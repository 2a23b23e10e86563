package dev.showroom.web.testdrive;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.sales.Samples;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Test only: the slot grid and a test drive rendered with sample answers (SalesPagesRenderTest). */
@Path("/test-render/test-drive")
@Produces(MediaType.TEXT_HTML)
public class RenderTestDrive {

    @GET
    @Path("grid")
    public TemplateInstance grid() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        TestDrivesApi.DemoCar car =
                new TestDrivesApi.DemoCar("C1", "Aurora", "LUX", "沪A12345", "AVAILABLE", 1200, null);
        Instant ten = tomorrow.atTime(10, 0).atZone(zone).toInstant();
        TestDrivesApi.TestDrive other = new TestDrivesApi.TestDrive(
                "D9",
                "L9",
                "zhang.min",
                "C1",
                "Aurora",
                ten,
                ten.plusSeconds(2700),
                "BOOKED",
                null,
                null,
                null,
                null,
                null);
        SlotGrid grid = SlotGrid.of(
                tomorrow,
                zone,
                Instant.now(),
                "L1",
                List.of(car),
                List.of(other),
                Set.of(SlotGrid.value("C1", tomorrow.atTime(12, 0).atZone(zone).toInstant())));
        return TestDriveBookingPage.Templates.book(
                Samples.lead("A", false),
                grid,
                Typed.of("number", "12"),
                FieldErrors.none().add("number", "size must be between 5 and 40"),
                true);
    }

    @GET
    @Path("{status}")
    public TemplateInstance drive(@PathParam("status") String status) {
        return TestDrivePage.Templates.drive(
                Samples.drive(status),
                Samples.lead("A", false),
                TestDrivePage.ASPECTS,
                "booked",
                "start",
                Typed.of("overall", "5"),
                FieldErrors.none().add("odometerEnd", "must not be below 1200"));
    }
}
