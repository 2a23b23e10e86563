package dev.showroom.web.prospects;

import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** lead-service's leads through the gateway, as the signed-in user. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/leads")
public interface LeadsApi {

    /** Search, newest first: {@code q} is a name fragment or phone digits (a receptionist: the whole phone). */
    @GET
    Paged<LeadSummary> search(
            @QueryParam("q") String q,
            @QueryParam("grade") String grade,
            @QueryParam("stage") String stage,
            @QueryParam("page") int page,
            @QueryParam("size") int size);
}
