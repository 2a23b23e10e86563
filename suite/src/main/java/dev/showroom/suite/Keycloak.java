package dev.showroom.suite;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak from its Maven Central distribution, unpacked once under the home, started in dev
 * mode with the Showroom realm imported (an existing realm is kept, so users and sessions survive).
 */
public final class Keycloak {

    public static final String NAME = "keycloak";
    public static final String REALM = "showroom";
    /** The gateway's confidential client secret of the realm file (a development value). */
    public static final String GATEWAY_SECRET = "gateway-dev-secret";
    /** The web console's confidential client secret of the realm file (a development value). */
    public static final String CONSOLE_SECRET = "console-dev-secret-not-for-production-use";

    private final Path home;
    private final Path zip;
    private final Path realmFile;
    private final int port;
    private final int managementPort;

    public Keycloak(Path home, Path runtime, Path realmFile, int port, int managementPort) {
        this.home = home;
        this.zip = distribution(runtime);
        this.realmFile = realmFile;
        this.port = port;
        this.managementPort = managementPort;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public boolean ready() {
        return Readiness.answers200(realmUrl() + "/.well-known/openid-configuration");
    }

    public void start(Processes processes) {
        Path dist = unpack();
        try {
            Path imports = Files.createDirectories(dist.resolve("data/import"));
            if (!Files.exists(realmFile)) {
                throw new SuiteException("the realm file " + realmFile + " is missing");
            }
            Files.copy(realmFile, imports.resolve("showroom-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new SuiteException("cannot prepare Keycloak's realm import: " + e.getMessage(), e);
        }
        Map<String, String> env = Map.of(
                "JAVA_HOME",
                Java.keycloakHome(),
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                "admin",
                "GATEWAY_CLIENT_SECRET",
                GATEWAY_SECRET,
                "CONSOLE_CLIENT_SECRET",
                CONSOLE_SECRET,
                "JAVA_OPTS_APPEND",
                "-Dshowroom.home=" + home);
        processes.start(
                NAME,
                List.of(
                        "bash",
                        dist.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--import-realm"),
                env,
                dist);
    }

    /** The distribution's folder under the home, unpacked from the zip the first time. */
    Path unpack() {
        String version = zip.getFileName()
                .toString()
                .replace("keycloak-quarkus-dist-", "")
                .replace(".zip", "");
        Path dist = home.resolve("keycloak-" + version);
        if (Files.exists(dist.resolve("bin/kc.sh"))) {
            return dist;
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                // entries are "keycloak-<version>/..."
                Path target = home.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new SuiteException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
        return dist;
    }

    private static Path distribution(Path runtime) {
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(runtime, "keycloak-quarkus-dist-*.zip")) {
            for (Path zip : zips) {
                return zip;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new SuiteException("Keycloak's distribution is not in " + runtime
                + ": build the suite module first (./mvnw -q -pl suite -am install -DskipTests)");
    }
}
