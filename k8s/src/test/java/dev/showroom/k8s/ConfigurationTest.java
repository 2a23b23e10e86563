package dev.showroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every variable an application reads is set; credentials come from Secrets, never literals in prod. */
class ConfigurationTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;
    /** ${VAR} or ${VAR:default}: environment variables are upper case, config properties are not. */
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[}:]");
    /** Secrets that prod expects to exist before it is applied (k8s/README.md says how to create them). */
    static final Set<String> PROD_SECRETS = Set.of(
            "lead-db-credentials",
            "visit-db-credentials",
            "order-db-credentials",
            "aftersales-db-credentials",
            "keycloak-db-credentials",
            "gateway-db-credentials",
            "gateway-oidc-client",
            "console-oidc-client",
            "aftersales-messages");

    /** The variables an application reads outside the dev and test profiles: its own properties and the platform's. */
    static Set<String> variablesRead(String app) throws IOException {
        Path root = Rendered.repoRoot();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve(app).resolve("src/main/resources/application.properties"));
        String pom = Files.readString(root.resolve(app).resolve("pom.xml"));
        // a service depends on platform-service, which brings platform and platform-http
        boolean service = pom.contains("<artifactId>platform-service</artifactId>");
        if (service || pom.contains("<artifactId>platform</artifactId>")) {
            files.add(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        }
        if (service
                || pom.contains("<artifactId>platform-http</artifactId>")
                || pom.contains("<artifactId>platform</artifactId>")) {
            files.add(root.resolve("platform-http/src/main/resources/META-INF/microprofile-config.properties"));
        }
        Set<String> vars = new TreeSet<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                String l = line.strip();
                if (l.startsWith("#") || l.startsWith("%dev.") || l.startsWith("%test.")) {
                    continue;
                }
                Matcher m = ENV_REF.matcher(l);
                while (m.find()) {
                    vars.add(m.group(1));
                }
            }
        }
        return vars;
    }

    static Set<String> variablesSet(Rendered r, JsonNode deployment) {
        JsonNode c = deployment.at("/spec/template/spec/containers/0");
        Set<String> set = new TreeSet<>();
        c.path("env").forEach(e -> set.add(e.path("name").asText()));
        for (JsonNode from : c.path("envFrom")) {
            String cm = from.at("/configMapRef/name").asText();
            assertFalse(cm.isEmpty(), "envFrom only from ConfigMaps (Secrets by single keys)");
            r.get("ConfigMap", cm).path("data").fieldNames().forEachRemaining(set::add);
        }
        return set;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyVariableAnApplicationReadsIsSet(String overlay) throws IOException {
        Rendered r = Rendered.overlay(overlay);
        for (String app : Rendered.APPS) {
            Set<String> read = variablesRead(app);
            assertTrue(read.contains("HTTP_PORT") && read.contains("OIDC_AUTH_SERVER_URL"), app + " reads " + read);
            Set<String> missing = new TreeSet<>(read);
            missing.removeAll(variablesSet(r, r.get("Deployment", app)));
            assertEquals(
                    Set.of(),
                    missing,
                    overlay + ": " + app
                            + " reads these but its Deployment does not set them (add them to the ConfigMap in k8s/base/apps/"
                            + app + ".yaml)");
        }
    }

    @Test
    void consumerGroupsAreTheApplicationNames() throws IOException {
        for (String service : Rendered.SERVICES) {
            String props = Files.readString(
                    Rendered.repoRoot().resolve(service).resolve("src/main/resources/application.properties"));
            assertTrue(
                    props.contains("quarkus.application.name=" + service + "\n"),
                    service + ": group id and dlq follow the application name");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceUsesItsOwnDatabaseOwnerAndKafkaUser(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        JsonNode roles = r.get("Cluster", "showroom-db").at("/spec/managed/roles");
        for (String service : Rendered.SERVICES) {
            String db = service.substring(0, service.indexOf("-service"));
            JsonNode d = r.get("Deployment", service);
            JsonNode env = d.at("/spec/template/spec/containers/0/env");
            assertEquals(db + "-db-credentials", secretOf(env, "DB_USER"), service);
            assertEquals(db + "-db-credentials", secretOf(env, "DB_PASSWORD"), service);
            assertEquals(
                    service,
                    secretOf(env, "KAFKA_SASL_JAAS_CONFIG"),
                    service + ": the Secret Strimzi writes for its KafkaUser");
            String url =
                    r.get("ConfigMap", service + "-config").at("/data/DB_URL").asText();
            assertTrue(url.matches("jdbc:postgresql://showroom-db-rw:5432/" + db + "(\\?.*)?"), url);
            JsonNode database = r.all("Database")
                    .filter(x -> x.at("/spec/name").asText().equals(db))
                    .findFirst()
                    .orElseThrow();
            assertEquals(db, database.at("/spec/owner").asText());
            assertEquals("showroom-db", database.at("/spec/cluster/name").asText());
            assertTrue(
                    StreamSupport.stream(roles.spliterator(), false)
                            .anyMatch(role -> role.path("name").asText().equals(db)
                                    && role.at("/passwordSecret/name").asText().equals(db + "-db-credentials")),
                    db + " role from the same Secret");
        }
    }

    private static String secretOf(JsonNode env, String name) {
        return StreamSupport.stream(env.spliterator(), false)
                .filter(e -> e.path("name").asText().equals(name))
                .map(e -> e.at("/valueFrom/secretKeyRef/name").asText())
                .findFirst()
                .orElse("");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void credentialsAreNeverLiteralEnvironmentValues(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        r.all("Deployment")
                .forEach(d -> d.at("/spec/template/spec/containers/0/env").forEach(e -> {
                    if (e.path("name").asText().matches(".*(PASSWORD|SECRET|TOKEN|JAAS).*")) {
                        assertTrue(
                                e.at("/valueFrom/secretKeyRef/name").isTextual(),
                                d.at("/metadata/name") + " " + e.path("name"));
                    }
                }));
        r.all("ConfigMap")
                .forEach(cm -> cm.path("data")
                        .fieldNames()
                        .forEachRemaining(k -> assertFalse(
                                k.matches(".*(PASSWORD|SECRET|JAAS).*"), cm.at("/metadata/name") + " holds " + k)));
    }

    @Test
    void prodHoldsNoSecretDataAndNamesTheSecretsItExpects() throws IOException {
        Rendered prod = Rendered.overlay("prod");
        assertEquals(
                List.of(),
                prod.all("Secret").map(s -> s.at("/metadata/name").asText()).toList(),
                "no Secret objects in prod");
        String text = prod.objects.toString();
        assertFalse(text.contains("gateway-dev-secret"), "the local dev client secret");
        assertFalse(text.contains("console-dev-secret"), "the console's local dev client secret");
        assertFalse(text.contains("\"credentials\""), "no user credentials (demo users) in the prod realm");
        Set<String> referenced = new TreeSet<>();
        prod.all("Deployment")
                .forEach(d -> d.at("/spec/template/spec/containers/0/env")
                        .forEach(e -> referenced.add(
                                e.at("/valueFrom/secretKeyRef/name").asText())));
        prod.all("Cluster")
                .forEach(c -> c.at("/spec/managed/roles")
                        .forEach(role ->
                                referenced.add(role.at("/passwordSecret/name").asText())));
        prod.all("Keycloak")
                .forEach(
                        k -> referenced.add(k.at("/spec/db/passwordSecret/name").asText()));
        prod.all("KeycloakRealmImport")
                .forEach(i -> i.at("/spec/placeholders")
                        .forEach(p -> referenced.add(p.at("/secret/name").asText())));
        referenced.remove("");
        referenced.removeAll(Rendered.SERVICES); // written by Strimzi's User Operator for each KafkaUser
        assertEquals(new TreeSet<>(PROD_SECRETS), referenced);
        String readme = Files.readString(Rendered.k8sDir().resolve("README.md"));
        PROD_SECRETS.forEach(s -> assertTrue(readme.contains(s), "k8s/README.md tells how to create " + s));
        Set<String> dev = Rendered.overlay("dev")
                .all("Secret")
                .map(s -> s.at("/metadata/name").asText())
                .collect(Collectors.toSet());
        assertEquals(PROD_SECRETS, dev, "dev generates exactly the Secrets prod expects");
    }
}
