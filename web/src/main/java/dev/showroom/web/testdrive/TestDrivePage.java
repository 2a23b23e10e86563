package dev.showroom.web.testdrive;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
import dev.showroom.web.testdrive.TestDrivesApi.TestDrive;
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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * One test drive: start it (licence number and expiry checked by visit-service, odometer) and complete it
 * (odometer, the customer's ratings and comments).
 */
@Path("/console/test-drives/{id}")
@Produces(MediaType.TEXT_HTML)
public class TestDrivePage {

    /** The aspects the customer rates 1–5 (visit-service takes any names; these are the showroom's). */
    static final List<String> ASPECTS = List.of("acceleration", "handling", "comfort", "quietness");

    @CheckedTemplate(basePath = "testdrive")
    static class Templates {
        static native TemplateInstance drive(
                TestDrive drive,
                LeadApi.Lead lead,
                List<String> aspects,
                String done,
                String form,
                Typed typed,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    LeadApi leads;

    @Inject
    @RestClient
    TestDrivesApi testDrives;

    @GET
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        TestDrive drive = testDrives.testDrive(id);
        return Templates.drive(drive, leads.lead(drive.leadId()), ASPECTS, done, "", Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("start")
    public Response start(
            @PathParam("id") String id,
            @RestForm String number,
            @RestForm String expiry,
            @RestForm String odometerStart) {
        Body body = Body.of().required("odometerStart", odometerStart);
        if (Body.ticked(number) || Body.ticked(expiry)) {
            body.put(
                    "licence",
                    Body.of()
                            .required("number", number)
                            .required("expiry", expiry)
                            .map());
        }
        return act(
                id,
                "start",
                "started",
                Typed.of("number", number, "expiry", expiry, "odometerStart", odometerStart),
                () -> testDrives.start(id, body.map()));
    }

    @POST
    @Path("complete")
    public Response complete(
            @PathParam("id") String id,
            @RestForm String odometerEnd,
            @RestForm String overall,
            @RestForm String acceleration,
            @RestForm String handling,
            @RestForm String comfort,
            @RestForm String quietness,
            @RestForm String comments) {
        Body ratings = Body.of()
                .put("acceleration", acceleration)
                .put("handling", handling)
                .put("comfort", comfort)
                .put("quietness", quietness);
        Body body = Body.of()
                .required("odometerEnd", odometerEnd)
                .put(
                        "feedback",
                        Body.of()
                                .put("overall", overall)
                                .put("ratings", ratings.map())
                                .put("comments", comments)
                                .map());
        Typed typed = Typed.of(
                "odometerEnd",
                odometerEnd,
                "overall",
                overall,
                "acceleration",
                acceleration,
                "handling",
                handling,
                "comfort",
                comfort,
                "quietness",
                quietness,
                "comments",
                comments);
        return act(id, "complete", "completed", typed, () -> testDrives.complete(id, body.map()));
    }

    private Response act(String id, String form, String done, Typed typed, Runnable call) {
        try {
            call.run();
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 422 && problem.status() != 409) {
                throw problem;
            }
            TestDrive drive = testDrives.testDrive(id);
            return Response.status(problem.status())
                    .entity(Templates.drive(
                            drive, leads.lead(drive.leadId()), ASPECTS, null, form, typed, FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create("/console/test-drives/" + id + "?done=" + done))
                .build();
    }
}
