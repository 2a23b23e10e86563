package dev.showroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The applications' %prod profile, resolved as Quarkus resolves it: no password or client secret has a
 * default there, so a Deployment that forgets the variable does not start (the message names the
 * variable), while the values the launcher passes (-D, ordinal 400) and the environment (300) are taken.
 */
class ProdProfileTest {

    /** Property name -> the variable that must hold it in prod. */
    static Map<String, String> secretsOf(String app) throws IOException {
        Map<String, String> secrets = new TreeMap<>();
        for (String line : Files.readAllLines(
                Rendered.repoRoot().resolve(app).resolve("src/main/resources/application.properties"))) {
            String l = line.strip();
            if (l.startsWith("#") || l.startsWith("%") || !l.contains("=")) {
                continue;
            }
            String name = l.substring(0, l.indexOf('='));
            java.util.regex.Matcher var =
                    java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(l);
            if (name.matches(".*(password|secret).*") && var.find()) {
                secrets.put(name, var.group(1));
            }
        }
        return secrets;
    }

    static SmallRyeConfig prod(String app, Map<String, String> environment, Map<String, String> system)
            throws IOException {
        Path root = Rendered.repoRoot();
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(source(root.resolve(app).resolve("src/main/resources/application.properties"), 250))
                .withSources(source(
                        root.resolve("platform-http/src/main/resources/META-INF/microprofile-config.properties"), 100))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withSources(new PropertiesConfigSource(system, "system properties", 400));
        if (Files.exists(root.resolve(app).resolve("src/main/java/dev/showroom").getParent())
                && Files.readString(root.resolve(app).resolve("pom.xml"))
                        .contains("<artifactId>platform</artifactId>")) {
            builder.withSources(
                    source(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"), 100));
        }
        return builder.build();
    }

    static PropertiesConfigSource source(Path file, int ordinal) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return new PropertiesConfigSource(map, file.toString(), ordinal);
    }

    @Test
    void aForgottenPasswordOrSecretStopsTheStartNamingTheVariable() throws IOException {
        int checked = 0;
        for (String app : Rendered.APPS) {
            Map<String, String> secrets = secretsOf(app);
            assertTrue(
                    secrets.containsKey(
                            app.equals("web") ? "quarkus.oidc.credentials.secret" : "quarkus.datasource.password"),
                    app + " has a database password (the web console, which has no database: its client secret): "
                            + secrets);
            SmallRyeConfig forgotten = prod(app, Map.of(), Map.of());
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                NoSuchElementException e = assertThrows(
                        NoSuchElementException.class,
                        () -> forgotten.getValue(secret.getKey(), String.class),
                        app + " " + secret.getKey() + " has a prod default");
                assertTrue(
                        e.getMessage().contains(secret.getValue()),
                        app + ": the message names " + secret.getValue() + ": " + e.getMessage());
                SmallRyeConfig fromEnvironment = prod(app, Map.of(secret.getValue(), "from-a-secret"), Map.of());
                assertEquals("from-a-secret", fromEnvironment.getValue(secret.getKey(), String.class));
                SmallRyeConfig fromLauncher = prod(app, Map.of(), Map.of(secret.getKey(), "from-the-launcher"));
                assertEquals("from-the-launcher", fromLauncher.getValue(secret.getKey(), String.class));
                checked++;
            }
        }
        assertTrue(checked >= 7, "four service, two gateway and one console credentials: " + checked);
    }

    @Test
    void theDevAndTestDefaultsStayOutOfProd() throws IOException {
        for (String app : Rendered.APPS) {
            SmallRyeConfig prod = prod(
                    app,
                    Map.of("DB_PASSWORD", "x", "GATEWAY_CLIENT_SECRET", "y", "CONSOLE_CLIENT_SECRET", "z"),
                    Map.of());
            if (app.equals("web")) {
                assertEquals("z", prod.getValue("quarkus.oidc.credentials.secret", String.class), app);
                assertEquals(
                        "true",
                        prod.getValue("quarkus.oidc.authentication.cookie-force-secure", String.class),
                        app + ": Secure cookies in prod");
                continue;
            }
            assertFalse(
                    prod.getValue("quarkus.datasource.password", String.class).equals(app.replace("-service", "")),
                    app);
        }
    }
}
