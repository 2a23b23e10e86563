package dev.showroom.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Quarkus application of the suite (a service or the gateway), run from its packaged jar. */
public record App(String name, int port, String database) {

    public static final String GATEWAY = "gateway";

    public static List<App> services(Ports ports) {
        return List.of(new App("lead-service", ports.lead(), "lead"), new App("visit-service", ports.visit(), "visit"),
                new App("order-service", ports.order(), "order"),
                new App("aftersales-service", ports.aftersales(), "aftersales"));
    }

    public static App gateway(Ports ports) {
        return new App(GATEWAY, ports.gateway(), null);
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

    /** The command line; system properties outrank any environment name the application chose. */
    public List<String> command(Path root, String marker, Map<String, String> properties) {
        List<String> command = new ArrayList<>(List.of(Java.current(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dshowroom.home=" + marker));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar(root).toString()));
        return command;
    }
}
