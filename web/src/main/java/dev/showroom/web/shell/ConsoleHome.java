package dev.showroom.web.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The console's start: each role lands on the screen of its day; the others on a page of links. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleHome {

    @CheckedTemplate(basePath = "shell", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance signedOut();
    }

    @Inject
    Who who;

    @GET
    public Response home() {
        if (who.is("consultant")) {
            return Response.seeOther(URI.create("/console/day")).build();
        }
        if (who.is("receptionist")) {
            return Response.seeOther(URI.create("/console/reception")).build();
        }
        if (who.is("customer-care")) {
            return Response.seeOther(URI.create("/console/care/calls")).build();
        }
        if (who.is("manager")) {
            return Response.seeOther(URI.create("/console/manager")).build();
        }
        if (who.is("hq")) {
            return Response.seeOther(URI.create("/console/hq")).build();
        }
        return Response.ok(Templates.home()).build();
    }

    /** Where Keycloak sends the browser after signing out (no session any more: public). */
    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
