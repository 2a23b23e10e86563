package dev.showroom.gateway.routing;

import dev.showroom.platform.http.ProblemMappers;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A service (or the token server) that cannot be reached is a 503 problem, never a hang or a 500. */
public class UnavailableMapper {

    private static final Logger LOG = Logger.getLogger(UnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(UpstreamCalls.Unavailable e, UriInfo uri) {
        LOG.warn(e.getMessage());
        return ProblemMappers.problem(
                503,
                "unavailable",
                "Service unavailable",
                e.upstream() + " is not reachable; try again shortly",
                uri.getPath(),
                null);
    }

    @ServerExceptionMapper
    public Response tokenServer(OidcClientException e, UriInfo uri) {
        LOG.warnf("service token not obtained: %s", e.getMessage());
        return ProblemMappers.problem(
                503,
                "unavailable",
                "Service unavailable",
                "The service is not reachable; try again shortly",
                uri.getPath(),
                null);
    }
}
