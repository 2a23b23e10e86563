package dev.showroom.gateway;

import dev.showroom.testing.TestTokens;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP servers standing in for the four services and the token server. Each one records what it
 * receives; a service can be stopped and started again on the same port to play an outage.
 */
public final class UpstreamStubs {

    /** One request as the stub received it. */
    public record Received(String method, String uri, MultiMap headers, String body) {}

    public static final String MISSING_LEAD = "00000000-0000-0000-0000-000000000404";
    public static final String ORDER_NUMBER = "SO-2026-0001";
    /** The dealer profile's time zone (lead-service's /api/v1/dealer/profile): 19 hours behind Shanghai. */
    public static final String DEALER_ZONE = "Pacific/Pago_Pago";
    /** order-service answers 429 for it: locked after too many wrong answers. */
    public static final String LOCKED_ORDER_NUMBER = "SO-2026-0666";

    public static final String ORDER_PHONE_LAST4 = "4321";

    /** A survey link whose service answers 500, and one whose service answers 503 with Retry-After 7. */
    public static final String FAILING_SURVEY = "failing-survey-500";

    public static final String BUSY_SURVEY = "busy-survey-503";

    private static UpstreamStubs instance;

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, Stub> stubs = new ConcurrentHashMap<>();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private final List<Received> tokenRequests = new CopyOnWriteArrayList<>();
    private final HttpServer tokenServer;

    public static synchronized UpstreamStubs get() {
        if (instance == null) {
            instance = new UpstreamStubs();
        }
        return instance;
    }

    private UpstreamStubs() {
        for (String name : List.of("lead-service", "visit-service", "order-service", "aftersales-service", "web")) {
            Stub stub = new Stub(name);
            stub.start(0);
            stubs.put(name, stub);
        }
        tokenServer = listen(vertx.createHttpServer().requestHandler(this::token), 0);
    }

    public String url(String service) {
        return "http://localhost:" + stubs.get(service).port;
    }

    public String tokenServerUrl() {
        return "http://localhost:" + tokenServer.actualPort() + "/realms/showroom";
    }

    public List<Received> received(String service) {
        return new ArrayList<>(stubs.get(service).received);
    }

    public Received last(String service, String pathStart) {
        List<Received> all = received(service);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).uri().startsWith(pathStart)) {
                return all.get(i);
            }
        }
        return null;
    }

    public List<String> issuedTokens() {
        return issuedTokens;
    }

    public List<Received> tokenRequests() {
        return tokenRequests;
    }

    public void stop(String service) {
        stubs.get(service).stop();
    }

    public void start(String service) {
        Stub stub = stubs.get(service);
        stub.start(stub.port);
    }

    private void token(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            tokenRequests.add(new Received(request.method().name(), request.uri(), request.headers(), body.toString()));
            String token = TestTokens.as("service-account-showroom-gateway")
                    .roles("service")
                    .sign();
            issuedTokens.add(token);
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("access_token", token)
                            .put("token_type", "Bearer")
                            .put("expires_in", 300)
                            .encode());
        });
    }

    private HttpServer listen(HttpServer server, int port) {
        try {
            return server.listen(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub could not listen on " + port, e);
        }
    }

    private final class Stub {
        final String name;
        final List<Received> received = new CopyOnWriteArrayList<>();
        final Map<String, Integer> flakyHits = new ConcurrentHashMap<>();
        volatile int port;
        volatile HttpServer server;

        Stub(String name) {
            this.name = name;
        }

        void start(int wanted) {
            server = listen(vertx.createHttpServer().requestHandler(this::handle), wanted);
            port = server.actualPort();
        }

        void stop() {
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void handle(HttpServerRequest request) {
            request.body().onSuccess(buffer -> {
                String body = buffer.toString();
                received.add(new Received(
                        request.method().name(),
                        request.uri(),
                        MultiMap.caseInsensitiveMultiMap().addAll(request.headers()),
                        body));
                answer(request, body);
            });
        }

        void answer(HttpServerRequest request, String body) {
            String path = request.path();
            if (path.startsWith("/api/v1/stock/flaky/")) {
                // every first call of a key loses its connection before answering
                if (flakyHits.merge(path, 1, Integer::sum) % 2 == 1) {
                    request.connection().close();
                } else {
                    json(request, 200, new JsonObject().put("service", name).put("uri", request.uri()));
                }
            } else if (path.equals("/api/v1/stock/slow")) {
                vertx.setTimer(15_000, id -> json(request, 200, new JsonObject().put("late", true)));
            } else if (path.equals("/static/gzipped.html")) {
                // a page the upstream compressed itself
                java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
                    gzip.write("<p>compressed once</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                request.response()
                        .putHeader("Content-Type", "text/html")
                        .putHeader("Content-Encoding", "gzip")
                        .end(io.vertx.core.buffer.Buffer.buffer(zipped.toByteArray()));
            } else if (path.equals("/q/openapi")) {
                json(request, 200, openapi());
            } else if (path.startsWith("/api/v1/leads/" + MISSING_LEAD)) {
                json(request, 404, new JsonObject().put("status", 404).put("title", "Not found"));
            } else if (path.startsWith("/api/v1/leads/") && !path.equals("/api/v1/leads/overdue")) {
                json(
                        request,
                        200,
                        new JsonObject()
                                .put("id", path.substring("/api/v1/leads/".length()))
                                .put("name", "Zhang Wei")
                                .put("grade", "H"));
            } else if (path.equals("/api/v1/dealer/profile")) {
                json(
                        request,
                        200,
                        new JsonObject().put("dealerId", "dealer-bj-02").put("timeZone", DEALER_ZONE));
            } else if (path.equals("/api/v1/public/enquiries")) {
                json(
                        request,
                        201,
                        new JsonObject()
                                .put("reference", "ENQ-7F3A")
                                .put("leadId", "internal-id")
                                .put("phone", "13800000000"));
            } else if (path.equals("/api/v1/public/models")) {
                request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new io.vertx.core.json.JsonArray()
                                .add(new JsonObject().put("code", "AUR").put("name", "Aurora"))
                                .encode());
            } else if (path.equals("/api/v1/public/order-status")) {
                JsonObject query = new JsonObject(body);
                if (LOCKED_ORDER_NUMBER.equals(query.getString("orderNumber"))) {
                    request.response().putHeader("Retry-After", "840");
                    json(request, 429, new JsonObject().put("status", 429).put("title", "Too many attempts"));
                } else if (!ORDER_NUMBER.equals(query.getString("orderNumber"))) {
                    json(request, 404, new JsonObject().put("detail", "no such order number"));
                } else if (!ORDER_PHONE_LAST4.equals(query.getString("phoneLast4"))) {
                    json(request, 404, new JsonObject().put("detail", "phone does not match Zhang Wei"));
                } else {
                    json(
                            request,
                            200,
                            new JsonObject()
                                    .put("orderNumber", ORDER_NUMBER)
                                    .put("status", "ALLOCATED")
                                    .put("expectedDeliveryDate", "2026-12-01")
                                    .put("customerName", "Zhang Wei"));
                }
            } else if (path.equals("/api/v1/public/surveys/" + FAILING_SURVEY)) {
                // a service whose handler broke: it answered, with a 500
                json(request, 500, new JsonObject().put("status", 500).put("title", "Internal error"));
            } else if (path.equals("/api/v1/public/surveys/" + BUSY_SURVEY)) {
                // a service that is up but cannot serve now (its database away): 503 with its own Retry-After
                request.response().putHeader("Retry-After", "7");
                json(request, 503, new JsonObject().put("status", 503).put("title", "Service unavailable"));
            } else if (path.startsWith("/api/v1/public/surveys/")) {
                json(
                        request,
                        200,
                        new JsonObject().put("questions", new JsonArray().add("How likely are you to recommend us?")));
            } else {
                json(
                        request,
                        200,
                        new JsonObject()
                                .put("service", name)
                                .put("method", request.method().name())
                                .put("uri", request.uri())
                                .put("items", new JsonArray().add(new JsonObject().put("from", name))));
            }
        }

        JsonObject openapi() {
            String base = switch (name) {
                case "lead-service" -> "/api/v1/leads";
                case "visit-service" -> "/api/v1/visits";
                case "order-service" -> "/api/v1/orders";
                default -> "/api/v1/complaints";
            };
            return new JsonObject()
                    .put("openapi", "3.1.0")
                    .put("info", new JsonObject().put("title", name))
                    .put(
                            "paths",
                            new JsonObject()
                                    .put(
                                            base,
                                            new JsonObject()
                                                    .put("get", new JsonObject().put("summary", "list from " + name))))
                    .put(
                            "components",
                            new JsonObject()
                                    .put(
                                            "schemas",
                                            new JsonObject()
                                                    .put("Problem", new JsonObject().put("type", "object"))
                                                    .put(
                                                            name.replace("-", "_") + "_Thing",
                                                            new JsonObject().put("type", "object"))))
                    .put("tags", new JsonArray().add(new JsonObject().put("name", name)));
        }

        void json(HttpServerRequest request, int status, JsonObject body) {
            request.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(body.encode());
        }
    }
}
