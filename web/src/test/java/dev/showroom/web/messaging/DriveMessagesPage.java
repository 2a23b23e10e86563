package dev.showroom.web.messaging;

import dev.showroom.web.care.CustomerNames;
import dev.showroom.web.shell.Who;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Test only: {@link MessagesPage} as a manager uses it (the console's paths need a Keycloak), calling
 * {@link FakeMessagesApi} instead of the gateway; after-sales' copy of the customers' names says "Zhou Min"
 * (MessagesPageTest).
 */
@Path("/test-render/messaging/page")
@Produces(MediaType.TEXT_HTML)
public class DriveMessagesPage {

    private static MessagesPage page() {
        MessagesPage page = new MessagesPage();
        page.api = new FakeMessagesApi();
        page.who = new Who() {
            @Override
            public boolean any(String roles) {
                return roles.contains("manager");
            }
        };
        page.names = new CustomerNames() {
            @Override
            public Map<String, String> of(Collection<String> leadIds) {
                Map<String, String> known = new HashMap<>();
                leadIds.forEach(id -> known.put(id, of(id)));
                return known;
            }

            @Override
            public String of(String leadId) {
                return leadId == null ? "" : "Zhou Min";
            }
        };
        return page;
    }

    @GET
    public Response list(
            @QueryParam("leadId") String leadId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return page().list(leadId, null, null, null, from, to, 0, null, null);
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(
            @RestForm String leadId,
            @RestForm String kind,
            @RestForm String time,
            @RestForm String occasion,
            @RestForm String idempotencyKey) {
        return page().send(leadId, kind, time, occasion, idempotencyKey);
    }

    @POST
    @Path("greetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response greet(@RestForm String occasion) {
        return page().greet(occasion);
    }
}
