package dev.showroom.web.manager;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The dealer's profile (lead-service's, every service applies it) and the settings of each service
 * ({@code area}: leads, visits, orders, follow-ups) as the documents they are: read whole, written whole at the
 * version read ({@code If-Match}). The console knows no setting's rule; the service names a bad one.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface SettingsApi {

    @GET
    @Path("dealer/profile")
    ObjectNode profile();

    @PUT
    @Path("dealer/profile")
    ObjectNode replaceProfile(@HeaderParam("If-Match") String ifMatch, ObjectNode profile);

    @GET
    @Path("{area}/settings")
    ObjectNode settings(@PathParam("area") String area);

    @PUT
    @Path("{area}/settings")
    ObjectNode replace(@PathParam("area") String area, @HeaderParam("If-Match") String ifMatch, ObjectNode settings);
}
