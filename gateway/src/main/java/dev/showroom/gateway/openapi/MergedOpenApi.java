package dev.showroom.gateway.openapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.showroom.gateway.routing.UpstreamCalls;
import dev.showroom.gateway.routing.Upstreams;
import io.smallrye.mutiny.Uni;

/**
 * One OpenAPI document for clients: the gateway's own (public endpoints, composed views) plus the
 * paths, components and tags of every service's {@code /q/openapi}, fetched at run time and cached.
 * A service that cannot be reached keeps its last good document; one never seen is listed in
 * {@code x-showroom-missing} and asked again sooner.
 */
@ApplicationScoped
public class MergedOpenApi {

    private final UpstreamCalls calls;
    private final Upstreams upstreams;
    private final ObjectMapper mapper;
    private final Duration cacheFor;
    private final Duration retryMissingAfter;
    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();
    private volatile ObjectNode merged;
    private volatile long expiresAt;

    public MergedOpenApi(UpstreamCalls calls, Upstreams upstreams, ObjectMapper mapper,
            @ConfigProperty(name = "showroom.openapi.cache-for", defaultValue = "5m") Duration cacheFor,
            @ConfigProperty(name = "showroom.openapi.retry-missing-after", defaultValue = "30s") Duration retryMissingAfter) {
        this.calls = calls;
        this.upstreams = upstreams;
        this.mapper = mapper;
        this.cacheFor = cacheFor;
        this.retryMissingAfter = retryMissingAfter;
    }

    /** @param own the gateway's own document (from its local /q/openapi) */
    public Uni<ObjectNode> document(Uni<JsonNode> own) {
        ObjectNode cached = merged;
        if (cached != null && System.nanoTime() < expiresAt) {
            return Uni.createFrom().item(cached);
        }
        List<Uni<Void>> fetches = new ArrayList<>();
        new TreeMap<>(upstreams.apis()).forEach((name, upstream) -> fetches.add(
                calls.get(name, upstream.openapiPath(), Map.of("Accept", "application/json"))
                        .invoke(answer -> {
                            JsonNode doc = answer.ok() ? answer.json(mapper) : null;
                            if (doc != null && doc.has("paths")) {
                                lastGood.put(name, doc);
                            }
                        })
                        .onFailure().recoverWithNull()
                        .replaceWithVoid()));
        return Uni.join().all(fetches).andFailFast().chain(ignored -> own).map(gateway -> {
            ObjectNode doc = merge(gateway);
            boolean complete = !doc.has("x-showroom-missing");
            merged = doc;
            expiresAt = System.nanoTime() + (complete ? cacheFor : retryMissingAfter).toNanos();
            return doc;
        });
    }

    ObjectNode merge(JsonNode gateway) {
        ObjectNode result = gateway != null && gateway.isObject() ? ((ObjectNode) gateway).deepCopy()
                : mapper.createObjectNode().put("openapi", "3.1.0");
        ObjectNode info = object(result, "info");
        info.put("title", "Showroom API");
        info.put("description", "Every operation a client may call, through the gateway: the services' APIs "
                + "(bearer token required) and the gateway's public endpoints and composed views.");
        ObjectNode paths = object(result, "paths");
        ObjectNode components = object(result, "components");
        ArrayNode tags = result.has("tags") && result.get("tags").isArray() ? (ArrayNode) result.get("tags")
                : result.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        tags.forEach(tag -> tagNames.add(tag.path("name").asText()));
        List<String> missing = new ArrayList<>();
        for (String name : new TreeMap<>(upstreams.apis()).keySet()) {
            JsonNode doc = lastGood.get(name);
            if (doc == null) {
                missing.add(name);
                continue;
            }
            doc.path("paths").fields().forEachRemaining(path -> {
                if (!paths.has(path.getKey())) {
                    paths.set(path.getKey(), path.getValue());
                }
            });
            // same-named components (Problem, Page...) are the shared platform's: the first one is kept
            doc.path("components").fields().forEachRemaining(kind -> {
                ObjectNode target = object(components, kind.getKey());
                kind.getValue().fields().forEachRemaining(component -> {
                    if (!target.has(component.getKey())) {
                        target.set(component.getKey(), component.getValue());
                    }
                });
            });
            doc.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        }
        if (!missing.isEmpty()) {
            result.set("x-showroom-missing", mapper.valueToTree(missing));
        }
        return result;
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }
}
