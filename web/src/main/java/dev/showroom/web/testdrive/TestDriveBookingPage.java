package dev.showroom.web.testdrive;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.DealerTime;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Book a test drive for a lead on the slot grid of the demo fleet (step 6): pick a day, then a free cell;
 * the licence may be checked now or when the drive starts. A slot visit-service refuses as taken (409: the
 * car is booked then, perhaps by a colleague) is shown taken on the grid that comes back.
 */
@Path("/console/leads/{id}/test-drive")
@Produces(MediaType.TEXT_HTML)
public class TestDriveBookingPage {

    @CheckedTemplate(basePath = "testdrive")
    static class Templates {
        static native TemplateInstance book(
                LeadApi.Lead lead, SlotGrid grid, Typed typed, FieldErrors errors, boolean refused);
    }

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    @RestClient
    TestDrivesApi testDrives;

    @Inject
    DealerTime time;

    @GET
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("date") String date) {
        return Templates.book(leads.lead(id), grid(id, day(date), Set.of()), Typed.none(), FieldErrors.none(), false);
    }

    @POST
    public Response book(
            @PathParam("id") String id,
            @RestForm String date,
            @RestForm String slot,
            @RestForm String number,
            @RestForm String expiry) {
        LocalDate day = day(date);
        Typed typed = Typed.of("number", number, "expiry", expiry);
        String[] chosen = slot == null ? new String[0] : slot.split("\\|", 2);
        if (chosen.length != 2) {
            return Response.status(400)
                    .entity(Templates.book(
                            leads.lead(id),
                            grid(id, day, Set.of()),
                            typed,
                            FieldErrors.none().add("slot", "—"),
                            false))
                    .build();
        }
        Instant start;
        try {
            start = Instant.parse(chosen[1]);
        } catch (DateTimeParseException e) {
            return Response.status(400)
                    .entity(Templates.book(
                            leads.lead(id),
                            grid(id, day, Set.of()),
                            typed,
                            FieldErrors.none().add("slot", "—"),
                            false))
                    .build();
        }
        Body body = Body.of()
                .put("leadId", id)
                .put("demoCarId", chosen[0])
                .put("slotStart", start.toString())
                .put("slotEnd", start.plusSeconds(SlotGrid.MINUTES * 60L).toString());
        if (Body.ticked(number) || Body.ticked(expiry)) {
            body.put(
                    "licence",
                    Body.of()
                            .required("number", number)
                            .required("expiry", expiry)
                            .map());
        }
        TestDrivesApi.TestDrive booked;
        try {
            booked = testDrives.book(body.map());
        } catch (GatewayProblem problem) {
            if (problem.status() == 409) {
                return Response.status(409)
                        .entity(Templates.book(
                                leads.lead(id), grid(id, day, Set.of(slot)), typed, FieldErrors.none(), true))
                        .build();
            }
            if (!problem.validation() && problem.status() != 422) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.book(
                            leads.lead(id), grid(id, day, Set.of()), typed, FieldErrors.of(problem), false))
                    .build();
        }
        return Response.seeOther(URI.create("/console/test-drives/" + booked.id() + "?done=booked"))
                .build();
    }

    private SlotGrid grid(String leadId, LocalDate day, Set<String> refused) {
        return SlotGrid.of(
                day,
                time.zone(),
                Instant.now(),
                leadId,
                testDrives.demoCars("AVAILABLE", day.toString(), 100).items(),
                testDrives.testDrives(null, day.toString(), 0, 100).items(),
                refused);
    }

    private LocalDate day(String date) {
        try {
            return date == null || date.isBlank() ? time.today() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return time.today();
        }
    }
}
