package dev.showroom.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showroom.gateway.routing.UpstreamCalls;
import dev.showroom.gateway.routing.Upstreams;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    private final Optional<String> serverUrl;
    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();
    private volatile ObjectNode merged;
    private volatile long expiresAt;

    public MergedOpenApi(
            UpstreamCalls calls,
            Upstreams upstreams,
            ObjectMapper mapper,
            @ConfigProperty(name = "showroom.openapi.cache-for", defaultValue = "5m") Duration cacheFor,
            @ConfigProperty(name = "showroom.openapi.retry-missing-after", defaultValue = "30s")
                    Duration retryMissingAfter,
            @ConfigProperty(name = "showroom.openapi.server-url") Optional<String> serverUrl) {
        this.calls = calls;
        this.upstreams = upstreams;
        this.mapper = mapper;
        this.cacheFor = cacheFor;
        this.retryMissingAfter = retryMissingAfter;
        this.serverUrl = serverUrl.filter(url -> !url.isBlank());
    }

    /** @param own the gateway's own document (from its local /q/openapi) */
    public Uni<ObjectNode> document(Uni<JsonNode> own) {
        ObjectNode cached = merged;
        if (cached != null && System.nanoTime() < expiresAt) {
            return Uni.createFrom().item(cached);
        }
        List<Uni<Void>> fetches = new ArrayList<>();
        new TreeMap<>(upstreams.apis())
                .forEach((name, upstream) ->
                        fetches.add(calls.get(name, upstream.openapiPath(), Map.of("Accept", "application/json"))
                                .invoke(answer -> {
                                    JsonNode doc = answer.ok() ? answer.json(mapper) : null;
                                    if (doc != null && doc.has("paths")) {
                                        lastGood.put(name, doc);
                                    }
                                })
                                .onFailure()
                                .recoverWithNull()
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
        ObjectNode result = gateway != null && gateway.isObject()
                ? ((ObjectNode) gateway).deepCopy()
                : mapper.createObjectNode().put("openapi", "3.1.0");
        ObjectNode info = object(result, "info");
        info.put("title", "Showroom API");
        info.put(
                "description",
                "Every operation a client may call, through the gateway: the services' APIs "
                        + "(bearer token required) and the gateway's public endpoints and composed views.");
        serverUrl.ifPresent(
                url -> result.putArray("servers").addObject().put("url", url).put("description", "The gateway"));
        ObjectNode paths = object(result, "paths");
        ObjectNode components = object(result, "components");
        ArrayNode tags = result.has("tags") && result.get("tags").isArray()
                ? (ArrayNode) result.get("tags")
                : result.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        tags.forEach(tag -> tagNames.add(tag.path("name").asText()));
        List<String> missing = new ArrayList<>();
        Map<String, JsonNode> docs = new TreeMap<>();
        for (String name : new TreeMap<>(upstreams.apis()).keySet()) {
            JsonNode doc = lastGood.get(name);
            if (doc == null) {
                missing.add(name);
            } else {
                docs.put(name, doc);
            }
        }
        Set<String> clashes = clashes(result, docs.values());
        renameClashes(result, "gateway", clashes);
        for (Map.Entry<String, JsonNode> entry : docs.entrySet()) {
            JsonNode doc = renameClashes(entry.getValue().deepCopy(), entry.getKey(), clashes);
            doc.path("paths").fields().forEachRemaining(path -> {
                if (!paths.has(path.getKey())) {
                    paths.set(path.getKey(), path.getValue());
                }
            });
            // a component the applications define alike (Problem, UUID... from the shared platform) is kept once;
            // one they define differently was renamed above
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

    /** "kind/name" of the components that two documents define differently (e.g. each service's SettingsView). */
    static Set<String> clashes(JsonNode gateway, Iterable<JsonNode> services) {
        Map<String, JsonNode> first = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        List<JsonNode> all = new ArrayList<>();
        all.add(gateway);
        services.forEach(all::add);
        for (JsonNode doc : all) {
            doc.path("components")
                    .fields()
                    .forEachRemaining(kind -> kind.getValue().fields().forEachRemaining(c -> {
                        String key = kind.getKey() + "/" + c.getKey();
                        JsonNode seen = first.putIfAbsent(key, c.getValue());
                        if (seen != null && !seen.equals(c.getValue())) {
                            clashes.add(key);
                        }
                    }));
        }
        // a component that refers to a clashing one clashes too (each service's PageFollowUpView names its own
        // FollowUpView)
        Map<String, List<JsonNode>> definitions = new HashMap<>();
        for (JsonNode doc : all) {
            doc.path("components")
                    .fields()
                    .forEachRemaining(kind -> kind.getValue()
                            .fields()
                            .forEachRemaining(c -> definitions
                                    .computeIfAbsent(kind.getKey() + "/" + c.getKey(), k -> new ArrayList<>())
                                    .add(c.getValue())));
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Map.Entry<String, List<JsonNode>> d : definitions.entrySet()) {
                if (d.getValue().size() > 1
                        && !clashes.contains(d.getKey())
                        && d.getValue().stream().anyMatch(c -> refersTo(c, clashes))) {
                    clashes.add(d.getKey());
                    grown = true;
                }
            }
        }
        return clashes;
    }

    private static boolean refersTo(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null
                    && ref.isTextual()
                    && ref.asText().startsWith("#/components/")
                    && keys.contains(ref.asText().substring("#/components/".length()))) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (refersTo(child, keys)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renames the document's clashing components to the application's prefix + name (lead-service's
     * SettingsView becomes LeadSettingsView), and every reference to them: the same in every document that
     * defines them, whatever order the documents come in.
     */
    static JsonNode renameClashes(JsonNode doc, String application, Set<String> clashes) {
        String prefix = prefix(application);
        JsonNode components = doc.path("components");
        Map<String, String> refs = new HashMap<>();
        for (String key : clashes) {
            String kind = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            if (components.path(kind).has(name)) {
                ObjectNode of = (ObjectNode) components.get(kind);
                of.set(prefix + name, of.remove(name));
                refs.put("#/components/" + key, "#/components/" + kind + "/" + prefix + name);
            }
        }
        if (!refs.isEmpty()) {
            rewriteRefs(doc, refs);
        }
        return doc;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> refs) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && refs.containsKey(ref.asText())) {
                object.put("$ref", refs.get(ref.asText()));
            }
            object.forEach(child -> rewriteRefs(child, refs));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, refs));
        }
    }

    /** lead-service → Lead, aftersales-service → Aftersales. */
    static String prefix(String application) {
        String base =
                application.endsWith("-service") ? application.substring(0, application.length() - 8) : application;
        StringBuilder prefix = new StringBuilder();
        for (String part : base.split("-")) {
            if (!part.isEmpty()) {
                prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return prefix.toString();
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }
}
