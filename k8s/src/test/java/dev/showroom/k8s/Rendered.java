package dev.showroom.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The objects of one overlay as {@code kubectl kustomize} renders them (rendered once per test run). */
final class Rendered {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final List<String> SERVICES =
            List.of("lead-service", "visit-service", "order-service", "aftersales-service");
    static final List<String> APPS =
            List.of("lead-service", "visit-service", "order-service", "aftersales-service", "gateway", "web");
    static final ObjectMapper YAML = new YAMLMapper();

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<JsonNode> objects;

    private Rendered(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static Rendered overlay(String name) {
        return CACHE.computeIfAbsent(name, Rendered::render);
    }

    /** The folder k8s/ (surefire runs in the module's directory). */
    static Path k8sDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("overlays")) ? here : here.resolve("k8s");
    }

    static Path repoRoot() {
        return k8sDir().getParent();
    }

    Stream<JsonNode> all(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    Optional<JsonNode> find(String kind, String name) {
        return all(kind)
                .filter(o -> name.equals(o.at("/metadata/name").asText()))
                .findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    static JsonNode at(JsonNode node, String pointer) {
        JsonNode n = node.at(pointer);
        return n == null ? MissingNode.getInstance() : n;
    }

    private static Rendered render(String overlay) {
        Path kubectl = kubectl();
        Path dir = k8sDir().resolve("overlays").resolve(overlay);
        try {
            Process p = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectErrorStream(false)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            List<JsonNode> objects = new ArrayList<>();
            try (var parser = new YAMLFactory().createParser(out)) {
                var it = YAML.readValues(parser, JsonNode.class);
                while (it.hasNext()) {
                    JsonNode doc = it.next();
                    if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                        objects.add(doc);
                    }
                }
            }
            return new Rendered(overlay, List.copyOf(objects));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + kubectl + " kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path kubectl() {
        Stream<Path> candidates = Stream.concat(
                Stream.of(Path.of("/usr/bin/kubectl"), Path.of("/usr/local/bin/kubectl")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .filter(s -> !s.isBlank())
                        .map(s -> Path.of(s, "kubectl")));
        return candidates
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(
                                "kubectl is needed to render the overlays and was not found (/usr/bin/kubectl or on PATH). Install it: "
                                        + "apt-get install -y kubectl (Kubernetes apt repository) or see https://kubernetes.io/docs/tasks/tools/"));
    }
}
