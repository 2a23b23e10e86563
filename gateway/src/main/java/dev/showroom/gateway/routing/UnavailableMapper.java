package dev.showroom.gateway.routing;

import dev.showroom.platform.http.ProblemMappers;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A service (or the token server) that did not answer usefully is a problem that says which of three things
 * happened, never a hang or a 500: no answer (503 "not reachable"), no answer in time (504), or an answer with a
 * 5xx status (the service's own 503 and its Retry-After passed on; any other 5xx a 502, "failed"), so that an
 * operator reading the answer looks at the right place.
 */
public class UnavailableMapper {

    private static final Logger LOG = Logger.getLogger(UnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(UpstreamCalls.Unavailable e, UriInfo uri) {
        LOG.warn(e.getMessage());
        String path = uri.getPath();
        if (e.timedOut()) {
            return ProblemMappers.problem(
                    504, "upstream-timeout", "Gateway timeout", e.upstream() + " did not answer in time", path, null);
        }
        if (e.status() == 503) {
            Response problem = unavailable(e.upstream() + " is unavailable right now; try again shortly", path);
            return e.retryAfter() == null
                    ? problem
                    : Response.fromResponse(problem)
                            .header("Retry-After", e.retryAfter())
                            .build();
        }
        if (e.status() >= 500) {
            String detail = e.upstream() + " failed to handle the request (" + e.status() + ")";
            return ProblemMappers.problem(502, "upstream-failed", "Bad gateway", detail, path, null);
        }
        return unavailable(e.upstream() + " is not reachable; try again shortly", path);
    }

    @ServerExceptionMapper
    public Response tokenServer(OidcClientException e, UriInfo uri) {
        LOG.warnf("service token not obtained: %s", e.getMessage());
        return unavailable("The service is not reachable; try again shortly", uri.getPath());
    }

    private static Response unavailable(String detail, String path) {
        return ProblemMappers.problem(503, "unavailable", "Service unavailable", detail, path, null);
    }
}
