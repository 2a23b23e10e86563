package dev.showroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Default deny; only the gateway is reachable from outside; each application reaches only what it needs. */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void defaultDenyAndOnlyTheGatewayFromOutside(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertTrue(
                r.all("NetworkPolicy")
                        .anyMatch(p -> p.at("/spec/podSelector").isEmpty()
                                && p.at("/spec/policyTypes").toString().contains("Ingress")
                                && p.at("/spec/ingress").isMissingNode()),
                "a policy that denies all ingress to every pod");
        for (String app : Rendered.APPS) {
            Map<String, String> labels = podLabels(r, app);
            assertTrue(
                    policies(r, labels)
                            .anyMatch(p -> p.at("/spec/policyTypes").toString().contains("Egress")
                                    && p.at("/spec/egress").isMissingNode()),
                    app + ": default deny egress");
            List<JsonNode> fromOutside = policies(r, labels)
                    .flatMap(p -> stream(p.at("/spec/ingress")))
                    .flatMap(rule -> stream(rule.path("from")))
                    .filter(peer -> peer.has("namespaceSelector") || peer.has("ipBlock"))
                    .toList();
            assertEquals(
                    app.equals("gateway"),
                    !fromOutside.isEmpty(),
                    app + " reachable from outside the namespace: " + fromOutside);
            Set<String> egress = egressPorts(r, labels);
            assertTrue(egress.contains("UDP/53") && egress.contains("TCP/53"), app + " DNS");
            assertTrue(egress.contains("TCP/8080@app=keycloak"), app + " reaches Keycloak: " + egress);
        }
        for (String service : Rendered.SERVICES) {
            Set<String> egress = egressPorts(r, podLabels(r, service));
            assertEquals(
                    new TreeSet<>(Set.of(
                            "UDP/53",
                            "TCP/53",
                            "TCP/5432@cnpg.io/cluster=showroom-db",
                            "TCP/9093@strimzi.io/broker-role=true,strimzi.io/cluster=showroom",
                            "TCP/8080@app=keycloak")),
                    egress,
                    service);
            List<JsonNode> callers = policies(r, podLabels(r, service))
                    .flatMap(p -> stream(p.at("/spec/ingress")))
                    .flatMap(rule -> stream(rule.path("from")))
                    .toList();
            assertEquals(1, callers.size(), service + " is called by the gateway only: " + callers);
            assertEquals(
                    "gateway",
                    callers.get(0)
                            .at("/podSelector/matchLabels/app.kubernetes.io~1name")
                            .asText());
        }
        assertEquals(
                new TreeSet<>(
                        Set.of("UDP/53", "TCP/53", "TCP/8080@app.kubernetes.io/name=gateway", "TCP/8080@app=keycloak")),
                egressPorts(r, podLabels(r, "web")),
                "the web console calls the gateway and Keycloak only");
        List<JsonNode> webCallers = policies(r, podLabels(r, "web"))
                .flatMap(p -> stream(p.at("/spec/ingress")))
                .flatMap(rule -> stream(rule.path("from")))
                .toList();
        assertEquals(1, webCallers.size(), "the web console is reached through the gateway only: " + webCallers);
        assertEquals(
                "gateway",
                webCallers
                        .get(0)
                        .at("/podSelector/matchLabels/app.kubernetes.io~1name")
                        .asText());
        assertTrue(
                egressPorts(r, podLabels(r, "gateway")).contains("TCP/8080@app.kubernetes.io/name=web"),
                "the gateway reaches web");
        assertTrue(
                egressPorts(r, podLabels(r, "gateway")).stream().noneMatch(p -> p.contains("9093")),
                "the gateway has no Kafka");
        assertTrue(
                egressPorts(r, podLabels(r, "gateway")).contains("TCP/5432@cnpg.io/cluster=showroom-db"),
                "the gateway reaches its database (the rate limit's buckets)");
    }

    private static Map<String, String> podLabels(Rendered r, String app) {
        JsonNode labels = r.get("Deployment", app).at("/spec/template/metadata/labels");
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) labels::fields).spliterator(), false)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText()));
    }

    /** The policies whose podSelector selects pods with these labels. */
    private static Stream<JsonNode> policies(Rendered r, Map<String, String> labels) {
        return r.all("NetworkPolicy").filter(p -> {
            JsonNode sel = p.at("/spec/podSelector/matchLabels");
            return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) sel::fields).spliterator(), false)
                    .allMatch(e -> e.getValue().asText().equals(labels.get(e.getKey())));
        });
    }

    /** "protocol/port@peer labels" for every allowed egress (peer omitted when it is another namespace). */
    private static Set<String> egressPorts(Rendered r, Map<String, String> labels) {
        Set<String> out = new TreeSet<>();
        policies(r, labels).flatMap(p -> stream(p.at("/spec/egress"))).forEach(rule -> {
            for (JsonNode port : rule.path("ports")) {
                for (JsonNode peer : rule.path("to")) {
                    String target = peer.has("namespaceSelector")
                            ? ""
                            : "@"
                                    + new TreeSet<>(StreamSupport.stream(
                                                            ((Iterable<Map.Entry<String, JsonNode>>)
                                                                            peer.at("/podSelector/matchLabels")::fields)
                                                                    .spliterator(),
                                                            false)
                                                    .map(e -> e.getKey() + "="
                                                            + e.getValue().asText())
                                                    .toList())
                                            .stream().collect(Collectors.joining(","));
                    out.add(port.path("protocol").asText("TCP") + "/"
                            + port.path("port").asText() + target);
                }
            }
        });
        return out;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
