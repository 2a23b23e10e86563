package dev.showroom.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Which java binaries the suite's processes run with. */
final class Java {

    private Java() {}

    /** The java running the launcher (JDK 17 is enough for Kafka, the services and the gateway). */
    static String current() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The java for the services, the gateway and the web console of the developer's suite: {@code SHOWROOM_JAVA_HOME}
     * if set, else the newest JDK 25+ under /usr/lib/jvm (the Java 17 bytecode runs on it, and its AOT cache halves
     * the start-up; see {@link App#aotOptions}), else empty (the launcher's own java, without an AOT cache).
     */
    static Optional<String> applications() {
        String given = System.getenv("SHOWROOM_JAVA_HOME");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given, "bin", "java").toString());
        }
        return newestJdk(25).map(home -> Path.of(home, "bin", "java").toString());
    }

    /** The feature version of the JDK a java binary belongs to (its home's release file), 0 if unknown. */
    static int featureOf(String javaBinary) {
        Path home = Path.of(javaBinary).getParent().getParent();
        return feature(home);
    }

    /**
     * A JAVA_HOME for Keycloak: {@code KEYCLOAK_JAVA_HOME} if set, else the newest JDK 21+ under
     * /usr/lib/jvm (Keycloak recommends 21), else the launcher's own.
     */
    static String keycloakHome() {
        String given = System.getenv("KEYCLOAK_JAVA_HOME");
        if (given != null && !given.isBlank()) {
            return given;
        }
        return newestJdk(21).orElse(System.getProperty("java.home"));
    }

    private static Optional<String> newestJdk(int atLeast) {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                    .filter(h -> feature(h) >= atLeast)
                    .max(Comparator.comparingInt(Java::feature))
                    .map(Path::toString);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int feature(Path home) {
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0])
                    .mapToInt(Integer::parseInt)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
