package dev.showroom.web.manager;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * The dealer's settings of each service as the documents they are ({@code area}: leads, visits, orders,
 * follow-ups): read whole, written whole. The console knows no setting's rule; the service names a bad one.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/{area}/settings")
public interface SettingsApi {

    @GET
    ObjectNode settings(@PathParam("area") String area);

    @PUT
    ObjectNode replace(@PathParam("area") String area, ObjectNode settings);
}
