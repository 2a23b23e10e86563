package dev.showroom.gateway.edge;

import dev.showroom.gateway.routing.ProxyHandler;
import dev.showroom.gateway.routing.RouteMetrics;
import dev.showroom.gateway.routing.Upstreams;
import io.quarkus.vertx.http.runtime.HttpCompressionHandler;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * Mounts the gateway's own handlers on the HTTP router: the edge checks before anything else (even
 * before Quarkus's own upload limit, so that a too-large body gets a problem+json), the public rate
 * limit, gzip for JSON and text, then the proxy ahead of the gateway's REST endpoints.
 */
public class EdgeRoutes {

    static final int ORDER_CORS = -9;
    static final int ORDER_EDGE = -10;
    static final int ORDER_PUBLIC_LIMIT = -8;
    static final int ORDER_COMPRESSION = 1;
    static final int ORDER_PROXY = 1000;
    static final Set<String> COMPRESSED = Set.of(
            "application/json",
            "application/problem+json",
            "text/html",
            "text/plain",
            "text/css",
            "text/javascript",
            "application/javascript");

    /** The encoding the upstream gave its answer (the first one that is not Quarkus's "identity"). */
    static String upstreamEncoding(io.vertx.ext.web.RoutingContext ctx) {
        // a loop, not a stream: this runs for every answer
        for (String encoding : ctx.response().headers().getAll("Content-Encoding")) {
            if (!encoding.equalsIgnoreCase("identity")) {
                return encoding;
            }
        }
        return "identity";
    }

    void mount(
            @Observes Router router,
            EdgeConfig edge,
            Upstreams upstreams,
            RouteMetrics metrics,
            SharedRateLimiter limiter) {
        ClientAddress proxies = new ClientAddress(edge.trustedProxies().orElse(List.of()));
        router.route().order(ORDER_EDGE).handler(new EdgeHandler(edge, upstreams.maxBodySize()));
        // Quarkus's CORS filter is off (quarkus.http.cors.enabled=false): it refused the console's own form posts
        router.route().order(ORDER_CORS).handler(new EdgeCors(edge.cors(), proxies, upstreams));
        // every path: the handler itself knows a public request by its canonical path, whatever its spelling
        router.route().order(ORDER_PUBLIC_LIMIT).handler(new PublicRateLimit(limiter, proxies));
        // Quarkus marks every answer "identity" (order 0); let JSON and text be gzipped for clients that ask
        router.route().order(ORDER_COMPRESSION).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                // an upstream's answer that is compressed already must not be compressed a second time: the
                // proxy adds the upstream's Content-Encoding beside Quarkus's "identity" marker
                String upstream = upstreamEncoding(ctx);
                if (!upstream.equals("identity")) {
                    // only the upstream's: Vert.x compresses no answer that names an encoding
                    ctx.response().headers().set("Content-Encoding", upstream);
                } else {
                    HttpCompressionHandler.compressIfNeeded(ctx, COMPRESSED);
                }
            });
            ctx.next();
        });
        router.route().order(ORDER_PROXY).handler(new ProxyHandler(upstreams, metrics));
    }
}
