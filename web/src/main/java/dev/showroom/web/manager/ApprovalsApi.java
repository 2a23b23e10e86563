package dev.showroom.web.manager;

import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import dev.showroom.web.quote.QuotesApi.Quote;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's quotes that wait for a manager, and the manager's decision on one. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/quotes")
public interface ApprovalsApi {

    String WAITING = "PENDING_APPROVAL";

    @GET
    Paged<Quote> withStatus(@QueryParam("status") String status, @QueryParam("size") int size);

    /**
     * {@code {decision: APPROVED|REJECTED, note}}; ifMatch: the quote's version the manager saw, as an ETag
     * ({@code "3"}): required, a quote changed meanwhile is 412.
     */
    @POST
    @Path("{id}/approval")
    Quote decide(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);
}
