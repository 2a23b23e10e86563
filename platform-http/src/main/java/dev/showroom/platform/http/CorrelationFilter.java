package dev.showroom.platform.http;

import dev.showroom.platform.base.Correlation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes X-Correlation-Id (or makes one) and traceparent from the request and echoes the id back. */
public class CorrelationFilter {

    @ServerRequestFilter(preMatching = true)
    public void capture(ContainerRequestContext request) {
        String id = Correlation.acceptOrCreate(request.getHeaderString(Correlation.HEADER));
        request.setProperty(Correlation.MDC_CORRELATION_ID, id);
        Correlation.set(id, Correlation.validTraceparent(request.getHeaderString(Correlation.TRACEPARENT)));
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(Correlation.MDC_CORRELATION_ID);
        if (id != null) {
            response.getHeaders().putSingle(Correlation.HEADER, id);
        }
    }
}
