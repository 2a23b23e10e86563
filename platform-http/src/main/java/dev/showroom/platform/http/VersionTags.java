package dev.showroom.platform.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every successful answer that is a {@link Versioned} view carries its version as {@code ETag}. */
public class VersionTags {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getStatus() / 100 == 2
                && response.getEntity() instanceof Versioned view
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(view.version()));
        }
    }
}
