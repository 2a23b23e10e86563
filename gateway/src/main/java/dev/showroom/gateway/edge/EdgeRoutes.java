package dev.showroom.gateway.edge;

import jakarta.enterprise.event.Observes;

import dev.showroom.gateway.routing.ProxyHandler;
import dev.showroom.gateway.routing.RouteMetrics;
import dev.showroom.gateway.routing.Upstreams;
import io.vertx.ext.web.Router;

/**
 * Mounts the gateway's own handlers on the HTTP router: the edge checks before anything else (even
 * before Quarkus's own upload limit, so that a too-large body gets a problem+json), the public rate
 * limit, then the proxy ahead of the gateway's REST endpoints.
 */
public class EdgeRoutes {

    static final int ORDER_EDGE = -10;
    static final int ORDER_PUBLIC_LIMIT = -9;
    static final int ORDER_PROXY = 1000;

    void mount(@Observes Router router, EdgeConfig edge, Upstreams upstreams, RouteMetrics metrics) {
        router.route().order(ORDER_EDGE).handler(new EdgeHandler(edge, upstreams.maxBodySize()));
        router.route("/public/*").order(ORDER_PUBLIC_LIMIT).handler(new PublicRateLimit(edge.publicLimits()));
        router.route().order(ORDER_PROXY).handler(new ProxyHandler(upstreams, metrics));
    }
}
