package dev.showroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Probes, resources and a locked-down security context on every container; availability in prod. */
class WorkloadPolicyTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerHasProbesResourcesAndRunsLockedDown(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        List<String> problems = new ArrayList<>();
        assertEquals(Rendered.APPS.size(), r.all("Deployment").count(), "one Deployment per application");
        r.all("Deployment").forEach(d -> {
            String name = d.at("/metadata/name").asText();
            JsonNode pod = d.at("/spec/template/spec");
            boolean podNonRoot = pod.at("/securityContext/runAsNonRoot").asBoolean(false);
            if (!"RuntimeDefault"
                    .equals(pod.at("/securityContext/seccompProfile/type").asText())) {
                problems.add(name + ": seccompProfile RuntimeDefault");
            }
            List<JsonNode> containers = new ArrayList<>();
            pod.path("containers").forEach(containers::add);
            pod.path("initContainers").forEach(containers::add);
            for (JsonNode c : containers) {
                String id = name + "/" + c.path("name").asText();
                check(problems, id, c, "/startupProbe/httpGet/path", "/q/health/started");
                check(problems, id, c, "/livenessProbe/httpGet/path", "/q/health/live");
                check(problems, id, c, "/readinessProbe/httpGet/path", "/q/health/ready");
                for (String res : List.of(
                        "/resources/requests/cpu",
                        "/resources/requests/memory",
                        "/resources/limits/cpu",
                        "/resources/limits/memory")) {
                    if (!c.at(res).isTextual() || c.at(res).asText().isBlank()) {
                        problems.add(id + ": " + res);
                    }
                }
                if (!(podNonRoot || c.at("/securityContext/runAsNonRoot").asBoolean(false))
                        || c.at("/securityContext/runAsNonRoot").asText().equals("false")) {
                    problems.add(id + ": runAsNonRoot");
                }
                check(problems, id, c, "/securityContext/readOnlyRootFilesystem", "true");
                check(problems, id, c, "/securityContext/allowPrivilegeEscalation", "false");
                if (!StreamSupport.stream(
                                c.at("/securityContext/capabilities/drop").spliterator(), false)
                        .anyMatch(n -> n.asText().equals("ALL"))) {
                    problems.add(id + ": capabilities drop ALL");
                }
                if (!c.at("/securityContext/privileged").asText("false").equals("false")) {
                    problems.add(id + ": privileged");
                }
                boolean tmpMounted = StreamSupport.stream(c.path("volumeMounts").spliterator(), false)
                        .filter(m -> m.path("mountPath").asText().equals("/tmp"))
                        .anyMatch(m -> StreamSupport.stream(pod.path("volumes").spliterator(), false)
                                .anyMatch(v -> v.path("name").equals(m.path("name")) && v.has("emptyDir")));
                if (!tmpMounted) {
                    problems.add(id + ": an emptyDir on /tmp (the root file system is read-only)");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    private static void check(List<String> problems, String id, JsonNode c, String pointer, String expected) {
        if (!expected.equals(c.at(pointer).asText())) {
            problems.add(id + ": " + pointer + " should be " + expected + " but is " + c.at(pointer));
        }
    }

    @Test
    void everyApplicationHasAJvmImageRecipeThatRunsAsTheNonRootUser() throws java.io.IOException {
        for (String app : Rendered.APPS) {
            String dockerfile = java.nio.file.Files.readString(
                    Rendered.repoRoot().resolve(app).resolve("src/main/docker/Dockerfile.jvm"));
            for (String layer : List.of(
                    "target/quarkus-app/lib/",
                    "target/quarkus-app/*.jar",
                    "target/quarkus-app/app/",
                    "target/quarkus-app/quarkus/")) {
                assertTrue(dockerfile.contains(layer), app + " copies " + layer);
            }
            assertTrue(dockerfile.contains("\nUSER 185\n"), app + " runs as user 185 (runAsUser in the Deployment)");
            assertEquals(
                    185,
                    Rendered.overlay("prod")
                            .get("Deployment", app)
                            .at("/spec/template/spec/securityContext/runAsUser")
                            .asInt());
        }
    }

    @Test
    void devRunsOneReplicaEach() {
        Rendered.overlay("dev")
                .all("Deployment")
                .forEach(d -> assertEquals(1, d.at("/spec/replicas").asInt()));
        assertEquals(0, Rendered.overlay("dev").all("HorizontalPodAutoscaler").count());
    }

    @Test
    void prodIsHighlyAvailable() {
        Rendered r = Rendered.overlay("prod");
        for (String app : Rendered.APPS) {
            JsonNode d = r.get("Deployment", app);
            assertTrue(d.at("/spec/replicas").asInt() >= 2, app + " replicas");
            JsonNode hpa = r.get("HorizontalPodAutoscaler", app);
            assertEquals(app, hpa.at("/spec/scaleTargetRef/name").asText());
            assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, app + " HPA minReplicas");
            JsonNode pdb = r.get("PodDisruptionBudget", app);
            assertEquals(
                    app,
                    pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
            JsonNode anti = d.at("/spec/template/spec/affinity/podAntiAffinity");
            assertTrue(
                    anti.toString().contains("\"app.kubernetes.io/name\":\"" + app + "\""),
                    app + " pod anti-affinity on itself");
            assertEquals(
                    "kubernetes.io/hostname",
                    anti.at("/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm/topologyKey")
                            .asText());
        }
        // more consumer replicas than partitions would sit idle
        int partitions = r.all("KafkaTopic")
                .mapToInt(t -> t.at("/spec/partitions").asInt())
                .min()
                .orElseThrow();
        Rendered.SERVICES.forEach(s -> assertTrue(
                r.get("HorizontalPodAutoscaler", s).at("/spec/maxReplicas").asInt() <= partitions,
                s + " maxReplicas <= partitions"));
        assertEquals(3, r.get("Cluster", "showroom-db").at("/spec/instances").asInt());
        assertEquals(
                1,
                Rendered.overlay("dev")
                        .get("Cluster", "showroom-db")
                        .at("/spec/instances")
                        .asInt());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void databaseConnectionsFitEvenAtTheAutoscalersCeiling(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        int keycloakPool = 100; // Keycloak's default db-pool-max-size
        int needed =
                r.get("Keycloak", "showroom-keycloak").at("/spec/instances").asInt() * keycloakPool;
        for (String s : Rendered.APPS) {
            int replicas = r.find("HorizontalPodAutoscaler", s)
                    .map(h -> h.at("/spec/maxReplicas").asInt())
                    .orElse(r.get("Deployment", s).at("/spec/replicas").asInt());
            needed += replicas
                    * r.get("ConfigMap", s + "-config").at("/data/DB_POOL_MAX").asInt();
        }
        int max = r.get("Cluster", "showroom-db")
                .at("/spec/postgresql/parameters/max_connections")
                .asInt();
        assertTrue(
                needed <= max - 3,
                overlay + ": " + needed + " pooled connections > max_connections " + max + " - 3 reserved");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheGatewayAndKeycloaksLoginPagesHaveAnIngress(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, List<String>> paths = new java.util.TreeMap<>();
        r.all("Ingress")
                .flatMap(i -> StreamSupport.stream(i.at("/spec/rules").spliterator(), false))
                .flatMap(rule -> StreamSupport.stream(rule.at("/http/paths").spliterator(), false))
                .forEach(p -> paths.computeIfAbsent(
                                p.at("/backend/service/name").asText(), k -> new java.util.ArrayList<>())
                        .add(p.path("pathType").asText() + " " + p.path("path").asText()));
        // the gateway: its API and public endpoints, the web console and customer pages, never /q/ (metrics,
        // health, OpenAPI, Swagger UI)
        assertEquals(
                List.of(
                        "Prefix /api/",
                        "Prefix /public/",
                        "Prefix /console",
                        "Prefix /survey/",
                        "Prefix /where-is-my-car",
                        "Prefix /enquiry",
                        "Prefix /test-drive-request",
                        "Prefix /webjars/",
                        "Prefix /static/"),
                paths.get("gateway"),
                overlay);
        // Keycloak: the realm's login pages and tokens and their static resources, never /admin/
        assertEquals(List.of("Prefix /realms/", "Prefix /resources/"), paths.get("showroom-keycloak-service"), overlay);
        assertEquals(java.util.Set.of("gateway", "showroom-keycloak-service"), paths.keySet(), overlay);
        assertEquals(
                false,
                r.get("Keycloak", "showroom-keycloak")
                        .at("/spec/ingress/enabled")
                        .asBoolean(true),
                "the operator's own Ingress (every path, the admin console too) is off");
        r.all("Service")
                .forEach(s -> assertTrue(
                        s.at("/spec/type").asText("ClusterIP").equals("ClusterIP"),
                        s.at("/metadata/name") + " must not be exposed by its Service type"));
    }
}
