package dev.showroom.web.gateway;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every 4xx/5xx of the gateway into a {@link GatewayProblem} carrying its problem+json body. */
public class ProblemMapper implements ResponseExceptionMapper<GatewayProblem> {

    @Override
    public GatewayProblem toThrowable(Response response) {
        Problem problem = null;
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().contains("json") && response.hasEntity()) {
            try {
                response.bufferEntity();
                problem = response.readEntity(Problem.class);
            } catch (RuntimeException e) {
                problem = null; // a body that is no problem: the status says enough
            }
        }
        return new GatewayProblem(response.getStatus(), problem, response.getHeaderString("Retry-After"));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
