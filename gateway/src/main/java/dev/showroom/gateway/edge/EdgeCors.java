package dev.showroom.gateway.edge;

import dev.showroom.gateway.routing.Upstreams;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS, in place of Quarkus's filter, which refused (403) the browser's own same-origin form posts of the
 * web console: their Origin is the gateway's own (or {@code null}, since the answers say
 * {@code Referrer-Policy: no-referrer}) and was in no list. Here:
 * <ul>
 * <li>the console's pages (routes without a bearer token) are never refused: they are the browser's own
 *     pages, protected by the console's CSRF token and SameSite cookies;</li>
 * <li>a request whose Origin is the gateway's own origin as the browser saw it (scheme from a trusted
 *     proxy's X-Forwarded-Proto, host and port from Host) is same-origin and passes untouched;</li>
 * <li>an origin of {@code showroom.edge.cors.origins} gets the CORS headers and its preflight answered;</li>
 * <li>any other origin: its preflight gets no CORS headers, its request a 403 problem, as before.</li>
 * </ul>
 * It also records the scheme the browser used ({@link #SCHEME}) for the forwarded headers to the console.
 */
public class EdgeCors implements Handler<RoutingContext> {

    /** Routing-context key: "http" or "https" as the browser used it. */
    public static final String SCHEME = "showroom.scheme";

    private final Set<String> allowed;
    private final EdgeConfig.Cors config;
    private final ClientAddress proxies;
    private final Upstreams upstreams;

    public EdgeCors(EdgeConfig.Cors config, ClientAddress proxies, Upstreams upstreams) {
        this.config = config;
        this.allowed = config.origins().stream()
                .map(EdgeCors::normalise)
                .filter(o -> o != null)
                .collect(Collectors.toUnmodifiableSet());
        this.proxies = proxies;
        this.upstreams = upstreams;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String scheme = browserScheme(request);
        ctx.put(SCHEME, scheme);
        String origin = request.getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        boolean consolePage = upstreams
                .match(ctx.normalizedPath())
                .map(t -> !t.route().bearerToken())
                .orElse(false);
        String normalised = normalise(origin);
        if (normalised != null && allowed.contains(normalised)) {
            MultiMap headers = ctx.response().headers();
            headers.set("Access-Control-Allow-Origin", origin);
            headers.add("Vary", "Origin");
            if (isPreflight(request)) {
                headers.set("Access-Control-Allow-Methods", config.methods());
                String asked = request.getHeader("Access-Control-Request-Headers");
                headers.set(
                        "Access-Control-Allow-Headers",
                        asked != null && !asked.isBlank() ? filterHeaders(asked) : config.headers());
                headers.set(
                        "Access-Control-Max-Age", Long.toString(config.maxAge().toSeconds()));
                ctx.response().setStatusCode(200).end();
                return;
            }
            headers.set("Access-Control-Expose-Headers", config.exposedHeaders());
            ctx.next();
            return;
        }
        if (consolePage || sameOrigin(normalised, scheme, request.getHeader("Host"))) {
            ctx.next();
            return;
        }
        if (isPreflight(request)) {
            // no CORS headers: the browser refuses the call that would follow
            ctx.response().setStatusCode(403).end();
            return;
        }
        Problems.send(
                ctx, 403, "origin-not-allowed", "Origin not allowed", "Requests from this origin are not accepted");
    }

    private String browserScheme(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        String peer =
                request.remoteAddress() == null ? null : request.remoteAddress().host();
        if (forwarded != null && peer != null && proxies.trusts(peer)) {
            String last =
                    forwarded.substring(forwarded.lastIndexOf(',') + 1).trim().toLowerCase(Locale.ROOT);
            if (last.equals("https") || last.equals("http")) {
                return last;
            }
        }
        return request.scheme();
    }

    static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** The same scheme, host and port as the gateway the browser talks to ({@code Host}, default ports implied). */
    static boolean sameOrigin(String origin, String scheme, String host) {
        if (origin == null || host == null || host.isBlank()) {
            return false;
        }
        String own = normalise(scheme + "://" + host.trim());
        return origin.equals(own);
    }

    /** scheme://host[:port] in lower case, the default port left out; null for "null" and anything broken. */
    static String normalise(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String filterHeaders(String asked) {
        Set<String> permitted = Set.of(config.headers().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        List<String> granted = java.util.Arrays.stream(asked.split(","))
                .map(String::trim)
                .filter(h -> permitted.contains(h.toLowerCase(Locale.ROOT)))
                .toList();
        return granted.isEmpty() ? config.headers() : String.join(",", granted);
    }
}
