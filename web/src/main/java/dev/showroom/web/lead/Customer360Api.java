package dev.showroom.web.lead;

import com.fasterxml.jackson.databind.JsonNode;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The gateway's customer 360: the lead and what every service knows of it, fetched by the gateway in
 * parallel, in one call (the lead page needs nine lists; asked one by one they took nine round trips).
 * A service that did not answer is named in {@code gaps} and its sections are null.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/customers")
public interface Customer360Api {

    /** sections: the names of the sections wanted (comma-separated); the services of the others are not asked. */
    @GET
    @Path("{leadId}/360")
    JsonNode view(@PathParam("leadId") String leadId, @QueryParam("sections") String sections);
}
