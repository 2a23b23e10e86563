package dev.showroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every rendered object is of a kind the cluster (with Strimzi, CloudNativePG and the Keycloak operator) knows, with its required fields. */
class ManifestShapeTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** apiVersion/kind to the JSON pointers that kind cannot do without. */
    static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("v1/ConfigMap", List.of("/data")),
            Map.entry("v1/Secret", List.of()),
            Map.entry("v1/Service", List.of("/spec/selector", "/spec/ports/0/port")),
            Map.entry(
                    "apps/v1/Deployment",
                    List.of(
                            "/spec/selector/matchLabels",
                            "/spec/template/metadata/labels",
                            "/spec/template/spec/containers/0/name",
                            "/spec/template/spec/containers/0/image")),
            Map.entry("networking.k8s.io/v1/Ingress", List.of("/spec/rules/0/http/paths/0/backend/service/name")),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", List.of("/spec/podSelector", "/spec/policyTypes/0")),
            Map.entry(
                    "autoscaling/v2/HorizontalPodAutoscaler",
                    List.of("/spec/scaleTargetRef/name", "/spec/maxReplicas")),
            Map.entry("policy/v1/PodDisruptionBudget", List.of("/spec/selector/matchLabels")),
            Map.entry(
                    "kafka.strimzi.io/v1beta2/Kafka",
                    List.of("/spec/kafka/listeners/0/name", "/spec/kafka/listeners/0/port")),
            Map.entry(
                    "kafka.strimzi.io/v1beta2/KafkaNodePool",
                    List.of(
                            "/spec/replicas",
                            "/spec/roles/0",
                            "/spec/storage/type",
                            "/metadata/labels/strimzi.io~1cluster")),
            Map.entry(
                    "kafka.strimzi.io/v1beta2/KafkaTopic",
                    List.of("/spec/partitions", "/spec/replicas", "/metadata/labels/strimzi.io~1cluster")),
            Map.entry(
                    "kafka.strimzi.io/v1beta2/KafkaUser",
                    List.of(
                            "/spec/authentication/type",
                            "/spec/authorization/acls",
                            "/metadata/labels/strimzi.io~1cluster")),
            Map.entry("postgresql.cnpg.io/v1/Cluster", List.of("/spec/instances", "/spec/storage/size")),
            Map.entry("postgresql.cnpg.io/v1/Database", List.of("/spec/name", "/spec/owner", "/spec/cluster/name")),
            Map.entry(
                    "k8s.keycloak.org/v2alpha1/Keycloak",
                    List.of("/spec/instances", "/spec/db/vendor", "/spec/hostname/hostname")),
            Map.entry(
                    "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
                    List.of("/spec/keycloakCRName", "/spec/realm/realm")));

    private static final Pattern DNS1123 = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectIsAKnownKindWithItsRequiredFields(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode o : r.objects) {
            String type = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
            String name = o.at("/metadata/name").asText();
            String id = type + " " + name;
            if (!KNOWN.containsKey(type)) {
                problems.add(id + ": unknown apiVersion/kind");
                continue;
            }
            if (!DNS1123.matcher(name).matches()) {
                problems.add(id + ": name is not a DNS-1123 name");
            }
            if (!o.at("/metadata/namespace").isTextual()) {
                problems.add(id + ": no namespace (the overlay sets one)");
            }
            if (!seen.add(id)) {
                problems.add(id + ": defined twice");
            }
            for (String field : KNOWN.get(type)) {
                if (o.at(field).isMissingNode() || o.at(field).isNull()) {
                    problems.add(id + ": missing " + field);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(r.objects.size() > 50, "suspiciously few objects: " + r.objects.size());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesAndProbesPointAtNamedPortsThatExist(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (String app : Rendered.APPS) {
            JsonNode svc = r.get("Service", app);
            JsonNode pod = r.get("Deployment", app).at("/spec/template");
            svc.at("/spec/selector")
                    .fields()
                    .forEachRemaining(e -> assertEquals(
                            e.getValue().asText(),
                            pod.at("/metadata/labels/" + e.getKey().replace("/", "~1"))
                                    .asText(),
                            app + " Service selects its pods"));
            assertEquals("http", pod.at("/spec/containers/0/ports/0/name").asText());
            assertEquals("http", svc.at("/spec/ports/0/targetPort").asText());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void imagesAreSetByTheOverlay(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        r.all("Deployment").forEach(d -> {
            String image = d.at("/spec/template/spec/containers/0/image").asText();
            assertTrue(
                    image.matches("[a-z0-9.:-]+/showroom/[a-z-]+:[\\w.-]+"),
                    overlay + ": image with registry and tag: " + image);
            assertTrue(image.contains("/showroom/" + d.at("/metadata/name").asText() + ":"), image);
        });
    }
}
