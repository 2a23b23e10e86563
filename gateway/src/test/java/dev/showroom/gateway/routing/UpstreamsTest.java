package dev.showroom.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy's upstream connections stay on the event loop of the request that uses them. */
class UpstreamsTest {

    Vertx vertx;
    HttpServer server;
    Upstreams upstreams;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        server = vertx.createHttpServer()
                .requestHandler(r -> r.response().end("ok"))
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        upstreams = new Upstreams(config(URI.create("http://localhost:" + server.actualPort())), vertx);
    }

    @AfterEach
    void stop() throws Exception {
        upstreams.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachEventLoopHasItsOwnPoolAndTheSharedOneServesOtherThreads() throws Exception {
        ContextInternal first = ((VertxInternal) vertx).createEventLoopContext();
        ContextInternal second = ((VertxInternal) vertx).createEventLoopContext();
        assertNotSame(first.nettyEventLoop(), second.nettyEventLoop(), "two loops");

        HttpClient firstPool = on(first, upstreams::client);
        assertSame(firstPool, on(first, upstreams::client), "the same loop, the same pool");
        assertSame(firstPool, on(first.duplicate(), upstreams::client), "a request's (duplicated) context: its loop's");
        assertNotSame(firstPool, on(second, upstreams::client), "another loop, another pool");
        assertNotSame(firstPool, upstreams.client(), "a thread that is no event loop gets the shared pool");
        assertEquals(2, upstreams.loopPools());
    }

    @Test
    void aConnectionOpenedOnOneLoopIsNotHandedToARequestOfAnother() throws Exception {
        ContextInternal first = ((VertxInternal) vertx).createEventLoopContext();
        ContextInternal second = ((VertxInternal) vertx).createEventLoopContext();
        HttpConnection fromFirst = call(first);
        assertSame(fromFirst, call(first), "kept alive and reused on its own loop");
        // with one pool for all loops the idle connection of the first loop was reused here (LIFO)
        assertNotSame(fromFirst, call(second));
    }

    /** One GET from {@code context} through the pool of its loop: the connection it went on, once answered. */
    private HttpConnection call(ContextInternal context) throws Exception {
        CompletableFuture<HttpConnection> used = new CompletableFuture<>();
        context.runOnContext(v -> {
            Future<HttpClientRequest> request =
                    upstreams.client().request(HttpMethod.GET, server.actualPort(), "localhost", "/");
            request.compose(r -> r.send().compose(response -> response.body().map(body -> r.connection())))
                    .onComplete(done -> {
                        if (done.succeeded()) {
                            used.complete(done.result());
                        } else {
                            used.completeExceptionally(done.cause());
                        }
                    });
        });
        HttpConnection connection = used.get(10, TimeUnit.SECONDS);
        assertTrue(connection != null);
        return connection;
    }

    private static <T> T on(ContextInternal context, Supplier<T> what) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> result.complete(what.get()));
        return result.get(10, TimeUnit.SECONDS);
    }

    private static GatewayConfig config(URI url) {
        GatewayConfig.Upstream upstream = new GatewayConfig.Upstream() {
            @Override
            public URI url() {
                return url;
            }

            @Override
            public String openapiPath() {
                return "/q/openapi";
            }

            @Override
            public boolean openapi() {
                return true;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }
        };
        GatewayConfig.Route route = new GatewayConfig.Route() {
            @Override
            public String upstream() {
                return "lead-service";
            }

            @Override
            public List<String> prefixes() {
                return List.of("/api/v1/leads");
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public boolean bearerToken() {
                return true;
            }

            @Override
            public int retries() {
                return 2;
            }
        };
        return new GatewayConfig() {
            @Override
            public Map<String, Upstream> upstreams() {
                return Map.of("lead-service", upstream);
            }

            @Override
            public Map<String, Route> routes() {
                return Map.of("lead", route);
            }

            @Override
            public Breaker circuitBreaker() {
                return new Breaker() {
                    @Override
                    public int failureThreshold() {
                        return 5;
                    }

                    @Override
                    public Duration openFor() {
                        return Duration.ofSeconds(10);
                    }
                };
            }

            @Override
            public long maxBodySize() {
                return 1024;
            }
        };
    }
}
