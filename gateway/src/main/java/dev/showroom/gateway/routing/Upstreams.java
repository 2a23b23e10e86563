package dev.showroom.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services behind the gateway: the route table, the HTTP client pools, one circuit per service.
 *
 * <p>The proxy takes its upstream connections from a pool of the event loop it runs on ({@link #client()}): a Vert.x
 * client's pool hands any of its connections to any caller, and a connection lives on the event loop that opened
 * it, so with one pool for the whole gateway most proxied requests crossed from the loop that read the client's
 * request to the loop of the upstream connection and back (two thread hand-offs per request;
 * docs/benchmarks.md, "The gateway's reads"). A pool per loop keeps a request and its upstream connection on one
 * thread. The gateway's own calls (composed views, public endpoints, OpenAPI) use {@link #webClient()}.
 */
@ApplicationScoped
public class Upstreams {

    /** One path prefix of a configured route. */
    public record Target(
            String routeName,
            String prefix,
            GatewayConfig.Route route,
            String upstreamName,
            GatewayConfig.Upstream upstream) {}

    private final GatewayConfig config;
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final HttpClient client;
    private final WebClient webClient;
    /** The proxy's pools, one per event-loop thread, made on first use. */
    private final Map<Thread, HttpClient> loopClients = new ConcurrentHashMap<>();

    private final Map<String, CircuitBreaker> breakers = new HashMap<>();
    private final List<Target> targets = new ArrayList<>();

    public Upstreams(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        // at most 50 connections per upstream in each pool (the proxy's: one per event loop)
        this.options = new HttpClientOptions()
                .setConnectTimeout(2000)
                .setMaxPoolSize(50)
                .setKeepAlive(true)
                .setTryUseCompression(false);
        this.client = vertx.createHttpClient(options);
        this.webClient = WebClient.wrap(client);
        config.upstreams()
                .keySet()
                .forEach(name -> breakers.put(
                        name,
                        new CircuitBreaker(
                                config.circuitBreaker().failureThreshold(),
                                config.circuitBreaker().openFor())));
        config.routes().forEach((name, route) -> {
            GatewayConfig.Upstream upstream = config.upstreams().get(route.upstream());
            if (upstream == null) {
                throw new IllegalStateException("route " + name + " names unknown upstream " + route.upstream());
            }
            route.prefixes()
                    .forEach(prefix -> targets.add(new Target(name, prefix, route, route.upstream(), upstream)));
        });
        // the longest prefix wins, so a more specific route can override a broader one
        targets.sort(Comparator.comparingInt((Target t) -> t.prefix().length()).reversed());
    }

    public Optional<Target> match(String path) {
        for (Target target : targets) {
            String prefix = target.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    public GatewayConfig.Upstream upstream(String name) {
        GatewayConfig.Upstream upstream = config.upstreams().get(name);
        if (upstream == null) {
            throw new IllegalArgumentException("unknown upstream " + name);
        }
        return upstream;
    }

    public Map<String, GatewayConfig.Upstream> all() {
        return config.upstreams();
    }

    /** The upstreams that serve an API (all but the web console): those of the merged OpenAPI. */
    public Map<String, GatewayConfig.Upstream> apis() {
        Map<String, GatewayConfig.Upstream> apis = new java.util.TreeMap<>();
        config.upstreams().forEach((name, upstream) -> {
            if (upstream.openapi()) {
                apis.put(name, upstream);
            }
        });
        return apis;
    }

    public CircuitBreaker breaker(String upstreamName) {
        return breakers.get(upstreamName);
    }

    /**
     * The pool of the event loop this runs on (the proxy's requests), or the shared one off an event loop: its
     * connections are opened on, and stay with, the calling loop.
     */
    public HttpClient client() {
        if (!Context.isOnEventLoopThread()) {
            return client;
        }
        Thread loop = Thread.currentThread();
        HttpClient own = loopClients.get(loop);
        return own != null ? own : loopClients.computeIfAbsent(loop, t -> vertx.createHttpClient(options));
    }

    /** How many event-loop pools the proxy has opened (tests). */
    int loopPools() {
        return loopClients.size();
    }

    public WebClient webClient() {
        return webClient;
    }

    public long maxBodySize() {
        return config.maxBodySize();
    }

    @PreDestroy
    void close() {
        webClient.close();
        loopClients.values().forEach(HttpClient::close);
    }
}
