package dev.showroom.web.sales;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The dealer's profile (lead-service's; any of the dealer's staff may read it): its time zone for the pages. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/dealer/profile")
public interface DealerProfileApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(String timeZone) {}

    @GET
    Profile profile();
}
