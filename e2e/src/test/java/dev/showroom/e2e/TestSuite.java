package dev.showroom.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.showroom.suite.Ports;
import dev.showroom.suite.Suite;
import dev.showroom.suite.Tokens;

/**
 * The whole suite for the journey: started once by the launcher on free ports (so it never meets a
 * developer's running suite), with fresh databases and a fresh Kafka, and stopped at the end.
 */
final class TestSuite {

    private static Suite suite;
    private static Tokens tokens;

    private TestSuite() {
    }

    static synchronized Suite start() {
        if (suite == null) {
            Path root = Path.of(System.getProperty("showroom.root", "..")).toAbsolutePath().normalize();
            Path home = Path.of(System.getProperty("showroom.home", "target/showroom"));
            wipeExceptKeycloak(home);
            suite = new Suite(root, home, root.resolve("suite/target/runtime"), Ports.free(), Suite.DatabasePlan.test(),
                    false, System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(TestSuite::stop));
            suite.up();
            tokens = new Tokens(suite.keycloak().realmUrl());
        }
        return suite;
    }

    static synchronized void stop() {
        if (suite != null) {
            suite.down();
            suite = null;
        }
    }

    static String token(String user) {
        return tokens.of(user);
    }

    static String gateway() {
        return suite.gatewayUrl();
    }

    /** Old data (events, rows) must not leak into a run; the unpacked Keycloak is kept to save time. */
    private static void wipeExceptKeycloak(Path home) {
        if (!Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> entries = Files.list(home)) {
            for (Path entry : entries.filter(e -> !e.getFileName().toString().startsWith("keycloak-")).toList()) {
                try (Stream<Path> tree = Files.walk(entry)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot clean " + home, e);
        }
    }
}
