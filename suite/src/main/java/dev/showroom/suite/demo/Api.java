package dev.showroom.suite.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.showroom.suite.SuiteException;
import dev.showroom.suite.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's API as a demo user sees it: JSON in and out, the user's real Keycloak token, and an
 * Idempotency-Key on every create (derived from the demo's own names, so a second {@code demo} run
 * replays instead of duplicating). Counts what changed and what was replayed, for the closing line.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gateway;
    private final Tokens tokens;
    private final Map<String, String> tokenByUser = new ConcurrentHashMap<>();
    private int changes;
    private int replays;

    /** Tries of one request answered 503: 20 are a minute or more of "try again shortly". */
    private final int unavailableAttempts;

    Api(String gateway, Tokens tokens) {
        this(gateway, tokens, 20);
    }

    Api(String gateway, Tokens tokens, int unavailableAttempts) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.unavailableAttempts = unavailableAttempts;
    }

    JsonNode get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    JsonNode post(String user, String path, Object body, String idempotencyKey) {
        return send(user, "POST", path, body, idempotencyKey);
    }

    /**
     * A consultant's write about their own customer. visit-service learns leads and their assignments from
     * events, and until its copy names the consultant it answers 404 (a consultant never takes a customer it
     * does not know as theirs): tried again for up to two minutes. A refused create leaves no idempotency record.
     */
    JsonNode postAsOwner(String user, String path, Object body, String idempotencyKey) {
        return send(user, "POST", path, body, idempotencyKey, Duration.ofMinutes(2));
    }

    JsonNode put(String user, String path, Object body) {
        return send(user, "PUT", path, body, null);
    }

    /** An update that requires If-Match (docs/api.md): {@code version} is the one the demo just read. */
    JsonNode putIfMatch(String user, String path, Object body, long version) {
        return send(user, "PUT", path, body, null, Duration.ZERO, version);
    }

    /** An action that requires If-Match, as {@link #putIfMatch}. */
    JsonNode postIfMatch(String user, String path, Object body, long version) {
        return send(user, "POST", path, body, null, Duration.ZERO, version);
    }

    JsonNode publicPost(String path, Object body) {
        return send(null, "POST", path, body, null);
    }

    /** A new run of the demo counts from nothing. */
    void resetCounts() {
        changes = 0;
        replays = 0;
    }

    /** Writes that changed something (not replayed). */
    int changes() {
        return changes;
    }

    /** Creates answered from an earlier run's idempotency record. */
    int replays() {
        return replays;
    }

    private JsonNode send(String user, String method, String path, Object body, String idempotencyKey) {
        return send(user, method, path, body, idempotencyKey, Duration.ZERO);
    }

    private JsonNode send(
            String user, String method, String path, Object body, String idempotencyKey, Duration awaitingOwnership) {
        return send(user, method, path, body, idempotencyKey, awaitingOwnership, null);
    }

    private JsonNode send(
            String user,
            String method,
            String path,
            Object body,
            String idempotencyKey,
            Duration awaitingOwnership,
            Long version) {
        long ownershipDeadline = System.nanoTime() + awaitingOwnership.toNanos();
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = HTTP.send(
                        request(user, method, path, body, idempotencyKey, version),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429 && attempt < 5) {
                    // the public endpoints' rate limit: wait as told and try again
                    long seconds =
                            response.headers().firstValueAsLong("Retry-After").orElse(10);
                    Thread.sleep(Math.min(60, Math.max(1, seconds)) * 1000);
                    continue;
                }
                if (response.statusCode() == 503 && attempt < unavailableAttempts) {
                    // "try again shortly": a service behind the gateway is restarting or the gateway's circuit is
                    // open; the request was not applied (nothing is applied with a 503), so it is sent again
                    long seconds =
                            response.headers().firstValueAsLong("Retry-After").orElse(2);
                    Thread.sleep(Math.min(30, Math.max(1, seconds)) * 1000);
                    continue;
                }
                if (response.statusCode() == 404 && System.nanoTime() < ownershipDeadline) {
                    Thread.sleep(500); // the service has not heard of the customer's assignment yet
                    continue;
                }
                if (response.statusCode() == 401 && user != null && attempt == 1) {
                    tokenByUser.remove(user); // the access token expired during a long load
                    continue;
                }
                if (response.statusCode() >= 300) {
                    throw new SuiteException(method + " " + path + " as " + user + " → " + response.statusCode() + " "
                            + response.body());
                }
                if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                    replays++;
                } else if (!method.equals("GET")) {
                    changes++;
                }
                return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            }
        } catch (IOException e) {
            throw new SuiteException("cannot reach the gateway at " + gateway + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted");
        }
    }

    private HttpRequest request(
            String user, String method, String path, Object body, String idempotencyKey, Long version)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + tokenByUser.computeIfAbsent(user, tokens::of));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return request.build();
    }
}
