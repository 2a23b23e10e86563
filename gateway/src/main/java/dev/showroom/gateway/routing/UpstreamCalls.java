package dev.showroom.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;

/**
 * The gateway's own calls to a service (composed views, public endpoints, OpenAPI), through the same
 * circuit breaker as the proxy: an unreachable, slow or failing service is an {@link Unavailable}.
 */
@ApplicationScoped
public class UpstreamCalls {

    /** A service's answer, its body kept as it came (read as JSON on demand). */
    public record Answer(int status, Buffer body, String contentType, String retryAfter) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json(ObjectMapper mapper) {
            if (body == null || body.length() == 0) {
                return null;
            }
            try {
                return mapper.readTree(body.getBytes());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * The service did not answer usefully: no answer (down, circuit open), no answer in time, or an answer with a 5xx
     * status. Which of them it was decides what the caller is told ({@link UnavailableMapper}).
     */
    public static class Unavailable extends RuntimeException {
        private final String upstream;
        private final int status;
        private final boolean timedOut;
        private final String retryAfter;

        /** No answer at all: refused, closed, circuit open. */
        public Unavailable(String upstream, String why) {
            this(upstream, why, 0, false, null);
        }

        Unavailable(String upstream, String why, int status, boolean timedOut, String retryAfter) {
            super(upstream + " unavailable: " + why, null, false, false);
            this.upstream = upstream;
            this.status = status;
            this.timedOut = timedOut;
            this.retryAfter = retryAfter;
        }

        static Unavailable of(String upstream, Throwable failure) {
            return new Unavailable(upstream, failure.toString(), 0, UpstreamCalls.timedOut(failure), null);
        }

        static Unavailable answered(String upstream, int status, String retryAfter) {
            return new Unavailable(upstream, "status " + status, status, false, retryAfter);
        }

        public String upstream() {
            return upstream;
        }

        /** The service's 5xx status, or 0 when it gave no answer. */
        public int status() {
            return status;
        }

        public boolean timedOut() {
            return timedOut;
        }

        /** The service's Retry-After with its 5xx answer, or null. */
        public String retryAfter() {
            return retryAfter;
        }
    }

    /**
     * Whether a call failed for want of an answer in time: Vert.x reports an elapsed request or idle timeout as a
     * {@code NoStackTraceTimeoutException} (or another exception whose name says so), with no common type to test.
     */
    static boolean timedOut(Throwable failure) {
        return failure.getClass().getSimpleName().contains("Timeout");
    }

    private final Upstreams upstreams;

    public UpstreamCalls(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    public Uni<Answer> get(String upstream, String pathAndQuery, Map<String, String> headers) {
        return call(upstream, HttpMethod.GET, pathAndQuery, headers, null);
    }

    public Uni<Answer> call(
            String upstreamName, HttpMethod method, String pathAndQuery, Map<String, String> headers, Buffer body) {
        GatewayConfig.Upstream upstream = upstreams.upstream(upstreamName);
        CircuitBreaker breaker = upstreams.breaker(upstreamName);
        return Uni.createFrom().deferred(() -> {
            if (!breaker.tryAcquire()) {
                return Uni.createFrom().failure(new Unavailable(upstreamName, "circuit open"));
            }
            String base = upstream.url().toString().replaceAll("/$", "");
            HttpRequest<Buffer> request = upstreams
                    .webClient()
                    .requestAbs(method, base + pathAndQuery)
                    .timeout(upstream.timeout().toMillis());
            headers.forEach((name, value) -> {
                if (value != null) {
                    request.putHeader(name, value);
                }
            });
            var sent = body == null ? request.send() : request.sendBuffer(body);
            return Uni.createFrom()
                    .completionStage(sent.toCompletionStage())
                    .onFailure()
                    .transform(e -> {
                        breaker.onFailure();
                        return Unavailable.of(upstreamName, e);
                    })
                    .map((HttpResponse<Buffer> response) -> {
                        if (response.statusCode() >= 500) {
                            breaker.onFailure();
                            throw Unavailable.answered(
                                    upstreamName, response.statusCode(), response.getHeader("Retry-After"));
                        }
                        breaker.onSuccess();
                        return new Answer(
                                response.statusCode(),
                                response.body(),
                                response.getHeader("Content-Type"),
                                response.getHeader("Retry-After"));
                    });
        });
    }
}
