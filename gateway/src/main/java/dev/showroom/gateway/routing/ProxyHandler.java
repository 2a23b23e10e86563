package dev.showroom.gateway.routing;

import dev.showroom.gateway.edge.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The streaming reverse proxy (Vert.x HTTP proxy): checks the bearer token, then streams the request
 * to the route's upstream and the answer back, with the route's timeout, retries for GET/HEAD, and
 * the upstream's circuit breaker. Paths no route claims go on to the gateway's own
 * endpoints.
 */
public class ProxyHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);

    private final Upstreams upstreams;
    private final RouteMetrics metrics;

    public ProxyHandler(Upstreams upstreams, RouteMetrics metrics) {
        this.upstreams = upstreams;
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Optional<Upstreams.Target> match = upstreams.match(ctx.normalizedPath());
        if (match.isEmpty()) {
            ctx.next();
            return;
        }
        Upstreams.Target target = match.get();
        HttpServerRequest request = ctx.request();
        long start = System.nanoTime();
        String method = request.method().name();
        ctx.addEndHandler(v -> metrics.record(
                target.routeName(),
                target.upstreamName(),
                method,
                ctx.response().getStatusCode(),
                System.nanoTime() - start));

        request.pause();
        if (!target.route().bearerToken()) {
            // the console's pages: the web application signs its users in itself
            forward(ctx, target);
            return;
        }
        Context context = Vertx.currentContext();
        Uni<SecurityIdentity> identity = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            unauthorized(ctx);
            return;
        }
        identity.subscribe()
                .with(
                        who -> onContext(context, () -> {
                            if (who == null || who.isAnonymous()) {
                                unauthorized(ctx);
                            } else {
                                forward(ctx, target);
                            }
                        }),
                        failure -> onContext(context, () -> unauthorized(ctx)));
    }

    /**
     * Runs {@code action} on the request's context: at once when the identity is known already there (a remembered
     * token answers before {@code subscribe} returns), else as a task of that context.
     */
    static void onContext(Context context, Runnable action) {
        if (Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    private void forward(RoutingContext ctx, Upstreams.Target target) {
        CircuitBreaker breaker = upstreams.breaker(target.upstreamName());
        if (!breaker.tryAcquire()) {
            ctx.request().resume();
            ctx.response().putHeader("Retry-After", Long.toString(breaker.retryAfterSeconds()));
            unavailable(ctx, target);
            return;
        }
        HttpServerRequest request = ctx.request();
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        // a body with Content-Length was checked at the edge; a chunked one is counted while it streams
        LimitedBody limited = null;
        if (isChunked(request) && request.getHeader("Content-Length") == null) {
            limited = new LimitedBody(request, upstreams.maxBodySize());
            proxyRequest.setBody(Body.body(limited, -1));
        }
        LimitedBody chunked = limited;
        String basePath = target.upstream().url().getRawPath();
        if (basePath != null && !basePath.isEmpty() && !basePath.equals("/")) {
            proxyRequest.setURI(basePath.replaceAll("/$", "") + request.uri());
        }
        String client =
                request.remoteAddress() == null ? null : request.remoteAddress().host();
        if (client != null) {
            String forwarded = request.getHeader("X-Forwarded-For");
            proxyRequest.headers().set("X-Forwarded-For", forwarded == null ? client : forwarded + ", " + client);
        }
        String scheme = ctx.get(dev.showroom.gateway.edge.EdgeCors.SCHEME);
        proxyRequest.headers().set("X-Forwarded-Proto", scheme != null ? scheme : request.scheme());
        // the web console builds its links and sign-in redirects with the host and port the browser used
        // (HTTP/1.1's Host header, HTTP/2's :authority: Vert.x gives both as the request's authority)
        io.vertx.core.net.HostAndPort authority = request.authority();
        if (authority != null && !target.route().bearerToken()) {
            boolean port = authority.port() > 0;
            proxyRequest
                    .headers()
                    .set("X-Forwarded-Host", port ? authority.host() + ":" + authority.port() : authority.host());
            proxyRequest
                    .headers()
                    .set(
                            "X-Forwarded-Port",
                            port ? String.valueOf(authority.port()) : "https".equals(scheme) ? "443" : "80");
        }
        boolean idempotent = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        if (idempotent && chunked == null && request.getHeader("Content-Length") == null) {
            // no body: an empty one can be sent again, so a failed attempt may be retried
            proxyRequest.setBody(Body.body(Buffer.buffer()));
            request.resume();
        }
        int attempts = idempotent ? 1 + Math.max(0, target.route().retries()) : 1;
        attempt(ctx, target, proxyRequest, breaker, chunked, attempts);
    }

    /**
     * One try at the upstream. A failure before any answer (refused or reset connection) is tried
     * again while {@code attemptsLeft} allows, which is only for GET/HEAD; a timeout is not retried.
     */
    private void attempt(
            RoutingContext ctx,
            Upstreams.Target target,
            ProxyRequest proxyRequest,
            CircuitBreaker breaker,
            LimitedBody chunked,
            int attemptsLeft) {
        connect(target).compose(proxyRequest::send).onComplete(answered -> {
            if (answered.succeeded()) {
                ProxyResponse response = answered.result();
                if (response.getStatusCode() >= 500) {
                    breaker.onFailure();
                } else {
                    breaker.onSuccess();
                }
                response.send()
                        .onFailure(e ->
                                LOG.debugf("answer of %s not fully sent: %s", target.upstreamName(), e.toString()));
                return;
            }
            if (chunked != null && chunked.exceeded()) {
                // the rest of the body is still on its way: close the connection after this answer
                ctx.response().putHeader("Connection", "close");
                Problems.send(
                        ctx,
                        413,
                        "payload-too-large",
                        "Payload too large",
                        "The request body exceeds " + upstreams.maxBodySize() + " bytes");
                return;
            }
            Throwable failure = answered.cause();
            boolean timeout = UpstreamCalls.timedOut(failure);
            if (!timeout && attemptsLeft > 1 && !ctx.response().closed()) {
                LOG.debugf("%s failed, trying again: %s", target.upstreamName(), failure.toString());
                ctx.vertx().setTimer(100, id -> attempt(ctx, target, proxyRequest, breaker, chunked, attemptsLeft - 1));
                return;
            }
            breaker.onFailure();
            LOG.warnf("%s failed: %s", target.upstreamName(), failure.toString());
            if (timeout) {
                Problems.send(
                        ctx,
                        504,
                        "upstream-timeout",
                        "Gateway timeout",
                        target.upstreamName() + " did not answer in time");
            } else {
                proxyRequest.release();
                unavailable(ctx, target);
            }
        });
    }

    private Future<HttpClientRequest> connect(Upstreams.Target target) {
        java.net.URI url = target.upstream().url();
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        RequestOptions options = new RequestOptions()
                .setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : tls ? 443 : 80)
                .setSsl(tls)
                .setIdleTimeout(target.route().timeout().toMillis());
        return upstreams.client().request(options);
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    private static void unauthorized(RoutingContext ctx) {
        ctx.request().resume();
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(ctx, 401, "unauthorized", "Unauthorized", "A valid bearer token is required");
    }

    private static void unavailable(RoutingContext ctx, Upstreams.Target target) {
        Problems.send(
                ctx,
                503,
                "unavailable",
                "Service unavailable",
                target.upstreamName() + " is not reachable; try again shortly");
    }
}
