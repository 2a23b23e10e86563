package dev.showroom.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for the gateway's public endpoints, for the customer pages' tests: it answers
 * as the gateway does (problem+json, 409/410/429) and records what the pages sent.
 */
public class StubGateway implements QuarkusTestResourceLifecycleManager {

    record Received(String method, String path, String body, String forwardedFor) {}

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(this::handle)
                    .listen(0)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            return Map.of("quarkus.rest-client.gateway.url", "http://localhost:" + server.actualPort());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(buffer -> {
            String body = buffer.toString();
            String path = request.path();
            RECEIVED.add(new Received(request.method().name(), path, body, request.getHeader("X-Forwarded-For")));
            switch (path) {
                case "/public/surveys/open", "/public/surveys/open-bad" ->
                    json(
                            request,
                            200,
                            new JsonObject()
                                    .put("title", "Sales satisfaction")
                                    .put("dealerId", "dealer-sh-01")
                                    .put(
                                            "questions",
                                            new JsonArray()
                                                    .add(q("RECEPTION_RATING", "RATING_1_5", "How were you received?"))
                                                    .add(q("RECOMMEND", "NPS_0_10", "Would you recommend us?"))
                                                    .add(q("COFFEE", "YES_NO", "Were you offered a drink?"))
                                                    .add(q("COMMENTS", "TEXT", "Anything else?"))));
                case "/public/surveys/open/answers" -> json(request, 200, new JsonObject().put("status", "COMPLETED"));
                case "/public/surveys/open-bad/answers" ->
                    problem(
                            request,
                            400,
                            new JsonArray()
                                    .add(new JsonObject()
                                            .put("field", "answers[1].rating")
                                            .put("rule", "range")
                                            .put("message", "must be from 0 to 10")));
                case "/public/surveys/used" -> problem(request, 409, null);
                case "/public/surveys/old" -> problem(request, 410, null);
                case "/public/enquiries", "/public/test-drive-requests" -> {
                    JsonObject form = new JsonObject(body);
                    if (Boolean.TRUE.equals(form.getBoolean("consent"))
                            && form.getString("phone").length() > 5) {
                        json(request, 201, new JsonObject().put("reference", "ENQ-TEST1"));
                    } else {
                        problem(
                                request,
                                400,
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("field", "sendEnquiry.form.consent")
                                                .put("rule", "assertTrue")
                                                .put("message", "consent to be contacted is required"))
                                        .add(new JsonObject()
                                                .put("field", "sendEnquiry.form.phone")
                                                .put("rule", "pattern")
                                                .put("message", "must match")));
                    }
                }
                case "/public/models" ->
                    request.response()
                            .putHeader("Content-Type", "application/json")
                            .end(
                                    "dealer-sh-01".equals(request.getParam("dealer"))
                                            ? "[{\"code\":\"AUR\",\"name\":\"Aurora S\"},{\"code\":\"NEB\",\"name\":\"Nebula\"}]"
                                            : "[]");
                case "/public/order-status" -> {
                    String number = new JsonObject(body).getString("orderNumber");
                    if ("SO-LOCKED".equals(number)) {
                        request.response().putHeader("Retry-After", "840");
                        problem(request, 429, null);
                    } else if ("SO-1".equals(number)) {
                        json(
                                request,
                                200,
                                new JsonObject()
                                        .put("orderNumber", "SO-1")
                                        .put("status", "ALLOCATED")
                                        .put("expectedDeliveryDate", "2026-12-20"));
                    } else {
                        problem(request, 404, null);
                    }
                }
                default -> problem(request, 404, null);
            }
        });
    }

    private static JsonObject q(String code, String kind, String text) {
        return new JsonObject()
                .put("code", code)
                .put("kind", kind)
                .put("step", "DELIVERY")
                .put("text", text);
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.encode());
    }

    private static void problem(HttpServerRequest request, int status, JsonArray errors) {
        JsonObject problem = new JsonObject()
                .put("type", "https://showroom.dev/problems/x")
                .put("title", "x")
                .put("status", status)
                .put("correlationId", "cid-1");
        if (errors != null) {
            problem.put("errors", errors);
        }
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
