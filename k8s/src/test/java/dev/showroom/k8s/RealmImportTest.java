package dev.showroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * keycloak/showroom-realm.json is the one realm: the KeycloakRealmImport (k8s/scripts/generate-realm-import.py)
 * must be that realm with the gateway secret as an operator placeholder and, in prod, without the demo users.
 */
class RealmImportTest {

    static final String DEMO_GROUP = "/demo-data";
    static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        realm = new ObjectMapper()
                .readTree(Rendered.repoRoot()
                        .resolve("keycloak/showroom-realm.json")
                        .toFile());
    }

    static final String PROD_PASSWORD_POLICY =
            "length(12) and maxLength(128) and notUsername and notEmail and passwordHistory(5)";

    /**
     * The realm as a cluster imports it: what generate-realm-import.py writes. Prod: hardened (no password
     * grant, no localhost, a password policy), no demo users. Dev: the realm file's users and clients.
     */
    static ObjectNode forCluster(boolean dev) {
        ObjectNode r = realm.deepCopy();
        r.withArray("clients").forEach(c -> {
            if (c.has("secret")) {
                ((ObjectNode) c)
                        .put(
                                "secret",
                                c.path("clientId").asText().equals("showroom-console")
                                        ? "${CONSOLE_CLIENT_SECRET}"
                                        : "${GATEWAY_CLIENT_SECRET}");
            }
        });
        if (dev) {
            r.put("passwordPolicy", "length(8)");
            return r;
        }
        r.put("passwordPolicy", PROD_PASSWORD_POLICY);
        r.withArray("clients").forEach(c -> {
            ObjectNode client = (ObjectNode) c;
            client.put("directAccessGrantsEnabled", false);
            for (String key : new String[] {"redirectUris", "webOrigins"}) {
                if (client.has(key)) {
                    ArrayNode kept = client.arrayNode();
                    client.path(key).forEach(u -> {
                        if (!u.asText().contains("localhost") && !u.asText().contains("127.0.0.1")) kept.add(u);
                    });
                    client.set(key, kept);
                }
            }
            if (client.path("clientId").asText().equals("showroom-web")) {
                client.putArray("redirectUris").add("https://showroom.example.com/*");
            }
            if (client.path("clientId").asText().equals("showroom-console")) {
                client.putArray("redirectUris").add("https://showroom.example.com/console/*");
            }
        });
        ArrayNode users = r.putArray("users");
        realm.path("users").forEach(u -> {
            if (!u.path("groups").toString().contains("\"" + DEMO_GROUP + "\"")) users.add(u);
        });
        ArrayNode groups = r.putArray("groups");
        realm.path("groups").forEach(g -> {
            if (!g.path("path").asText().equals(DEMO_GROUP)) groups.add(g);
        });
        return r;
    }

    @Test
    void theProductionRealmHasNoPasswordGrantNoLocalhostAndAPasswordPolicy() {
        JsonNode prod = Rendered.overlay("prod")
                .get("KeycloakRealmImport", "showroom-realm")
                .at("/spec/realm");
        assertEquals(PROD_PASSWORD_POLICY, prod.path("passwordPolicy").asText());
        assertTrue(
                prod.path("passwordPolicy").asText().matches(".*length\\((1[2-9]|[2-9]\\d)\\).*"),
                "at least 12 characters");
        prod.path("clients").forEach(c -> {
            String id = c.path("clientId").asText();
            assertEquals(false, c.path("directAccessGrantsEnabled").asBoolean(true), id + ": no password grant");
            assertEquals(false, c.path("implicitFlowEnabled").asBoolean(false), id + ": no implicit flow");
            String uris = c.path("redirectUris").toString()
                    + c.path("webOrigins")
                    + c.at("/attributes/post.logout.redirect.uris");
            assertTrue(!uris.contains("localhost") && !uris.contains("127.0.0.1"), id + ": " + uris);
            assertTrue(!c.path("redirectUris").toString().contains("\"*\""), id + ": no wildcard redirect");
        });
    }

    @Test
    void theRealmImportsAgreeWithTheRealmFile() {
        JsonNode prod = Rendered.overlay("prod").get("KeycloakRealmImport", "showroom-realm");
        assertEquals(
                forCluster(false),
                prod.at("/spec/realm"),
                "prod: regenerate with k8s/scripts/generate-realm-import.py");
        JsonNode dev = Rendered.overlay("dev").get("KeycloakRealmImport", "showroom-realm");
        assertEquals(
                forCluster(true), dev.at("/spec/realm"), "dev: regenerate with k8s/scripts/generate-realm-import.py");
        for (JsonNode ri : new JsonNode[] {prod, dev}) {
            assertEquals("showroom-keycloak", ri.at("/spec/keycloakCRName").asText());
            assertEquals(
                    "gateway-oidc-client",
                    ri.at("/spec/placeholders/GATEWAY_CLIENT_SECRET/secret/name")
                            .asText());
            assertEquals(
                    "console-oidc-client",
                    ri.at("/spec/placeholders/CONSOLE_CLIENT_SECRET/secret/name")
                            .asText());
        }
        assertTrue(
                Rendered.overlay("prod").find("Keycloak", "showroom-keycloak").isPresent());
    }

    @Test
    void theRealmHasTheSuitesRolesClientsAndClaims() {
        assertEquals("showroom", realm.path("realm").asText());
        Set<String> roles = StreamSupport.stream(realm.at("/roles/realm").spliterator(), false)
                .map(r -> r.path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(
                        Set.of("receptionist", "consultant", "customer-care", "manager", "admin", "hq", "service")),
                roles);
        Map<String, JsonNode> clients = StreamSupport.stream(
                        realm.path("clients").spliterator(), false)
                .collect(Collectors.toMap(c -> c.path("clientId").asText(), c -> c));
        assertEquals(
                Set.of("showroom-web", "showroom-console", "showroom-mobile", "showroom-cli", "showroom-gateway"),
                clients.keySet());
        clients.forEach((id, c) -> {
            String mappers = c.path("protocolMappers").toString();
            assertTrue(mappers.contains("\"included.custom.audience\":\"showroom\""), id + " adds showroom to aud");
            assertTrue(
                    mappers.contains("\"user.attribute\":\"dealer\"") && mappers.contains("\"claim.name\":\"dealer\""),
                    id + " dealer claim");
        });
        for (String pub : new String[] {"showroom-web", "showroom-mobile"}) {
            assertTrue(clients.get(pub).path("publicClient").asBoolean());
            assertEquals(
                    "S256",
                    clients.get(pub)
                            .at("/attributes/pkce.code.challenge.method")
                            .asText(),
                    pub + " PKCE");
        }
        assertTrue(clients.get("showroom-cli").path("directAccessGrantsEnabled").asBoolean());
        JsonNode console = clients.get("showroom-console");
        assertTrue(!console.path("publicClient").asBoolean()
                && console.path("standardFlowEnabled").asBoolean());
        assertEquals(
                "S256", console.at("/attributes/pkce.code.challenge.method").asText(), "console PKCE");
        assertEquals(
                "${CONSOLE_CLIENT_SECRET:console-dev-secret-not-for-production-use}",
                console.path("secret").asText());
        JsonNode gateway = clients.get("showroom-gateway");
        assertTrue(!gateway.path("publicClient").asBoolean()
                && gateway.path("serviceAccountsEnabled").asBoolean());
        assertEquals(
                "${GATEWAY_CLIENT_SECRET:gateway-dev-secret}",
                gateway.path("secret").asText());
        JsonNode serviceAccount = user("service-account-showroom-gateway");
        assertEquals("[\"service\"]", serviceAccount.path("realmRoles").toString());
    }

    @Test
    void demoUsersCanLogInWithoutFurtherSteps() {
        Map<String, String[]> expected = Map.of(
                "reception.sh", new String[] {"dealer-sh-01", "receptionist"},
                "li.wei", new String[] {"dealer-sh-01", "consultant"},
                "zhang.min", new String[] {"dealer-sh-01", "consultant"},
                "care.sh", new String[] {"dealer-sh-01", "customer-care"},
                "manager.sh", new String[] {"dealer-sh-01", "manager"},
                "admin.sh", new String[] {"dealer-sh-01", "admin"},
                "wang.fang", new String[] {"dealer-bj-02", "consultant"},
                "manager.bj", new String[] {"dealer-bj-02", "manager"},
                "hq.analyst", new String[] {"", "hq"});
        expected.forEach((name, v) -> {
            JsonNode u = user(name);
            assertEquals(v[0], u.at("/attributes/dealer/0").asText(), name + " dealer");
            assertEquals("[\"" + v[1] + "\"]", u.path("realmRoles").toString(), name + " roles");
            assertTrue(u.path("enabled").asBoolean() && u.path("emailVerified").asBoolean(), name);
            assertTrue(
                    !u.path("firstName").asText().isEmpty()
                            && !u.path("lastName").asText().isEmpty()
                            && u.path("email").asText().contains("@"),
                    name + " profile complete");
            assertTrue(u.path("requiredActions").isEmpty(), name + " no required actions");
            assertTrue(u.path("groups").toString().contains(DEMO_GROUP), name + " marked as demo data");
        });
    }

    private static JsonNode user(String username) {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> u.path("username").asText().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no user " + username));
    }
}
