package dev.showroom.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Quarkus application of the suite (a service, the gateway or the web console), run from its packaged
 * jar; {@code database} is null for the web console, which has none.
 */
public record App(String name, int port, String database) {

    public static final String GATEWAY = "gateway";
    public static final String WEB = "web";

    public static List<App> services(Ports ports) {
        return List.of(
                new App("lead-service", ports.lead(), "lead"),
                new App("visit-service", ports.visit(), "visit"),
                new App("order-service", ports.order(), "order"),
                new App("aftersales-service", ports.aftersales(), "aftersales"));
    }

    /** The gateway's database holds only the public rate limit's buckets. */
    public static App gateway(Ports ports) {
        return new App(GATEWAY, ports.gateway(), "gateway");
    }

    /** The web console and the customer pages: no database, no Kafka; reached through the gateway. */
    public static App web(Ports ports) {
        return new App(WEB, ports.web(), null);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public boolean ready() {
        return Readiness.answers200(url() + "/q/health/ready");
    }

    public Path jar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * {@code SHOWROOM_JVM_OPTS}, else a heap cap and C1 only: five JVMs start at once on a small machine.
     * (C2 verifies an RS256 token five times faster, but in bench/run the whole suite's CPU per call did
     * not differ beyond the noise; docs/benchmarks.md.)
     */
    static List<String> jvmOptions() {
        String options = System.getenv("SHOWROOM_JVM_OPTS");
        return List.of((options == null || options.isBlank() ? "-Xmx384m -XX:TieredStopAtLevel=1" : options.strip())
                .split("\\s+"));
    }

    /** Where {@link #install} puts the application: a running JVM loads classes from its jars lazily. */
    public Path installed(Path home) {
        return home.resolve("apps").resolve(name);
    }

    /**
     * Copies the built application out of target/, so that a rebuild while the suite runs (another
     * terminal's {@code mvn install}) cannot pull the jars from under the running JVM.
     */
    public void install(Path root, Path home) throws IOException {
        Path from = jar(root).getParent();
        Path to = installed(home);
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * The command line, running the copy of the application under {@code home}; system properties outrank
     * any environment name the application chose.
     */
    public List<String> command(Path home, String marker, Map<String, String> properties) {
        List<String> command = new ArrayList<>(List.of(Java.current()));
        command.addAll(jvmOptions());
        command.add("-Dshowroom.home=" + marker);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(
                List.of("-jar", installed(home).resolve("quarkus-run.jar").toString()));
        return command;
    }
}
