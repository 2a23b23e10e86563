package dev.showroom.suite;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Every port the suite listens on. The developer's suite uses the well-known ports of README.md
 * (each can be moved with {@code SHOWROOM_PORT_<NAME>}); the journey test takes free ones so that it
 * never collides with a suite a developer is running.
 */
public record Ports(
        int gateway,
        int lead,
        int visit,
        int order,
        int aftersales,
        int keycloak,
        int keycloakManagement,
        int kafka,
        int kafkaController,
        int embeddedPostgres,
        int web) {

    public static Ports standard() {
        return new Ports(
                env("GATEWAY", 8080),
                env("LEAD", 8081),
                env("VISIT", 8082),
                env("ORDER", 8083),
                env("AFTERSALES", 8084),
                env("KEYCLOAK", 8180),
                env("KEYCLOAK_MANAGEMENT", 9180),
                env("KAFKA", 9092),
                env("KAFKA_CONTROLLER", 9093),
                env("POSTGRES", 5433),
                env("WEB", 8085));
    }

    public static Ports free() {
        java.util.Set<Integer> ports = new java.util.LinkedHashSet<>();
        while (ports.size() < 11) {
            ports.add(freePort());
        }
        int[] p = ports.stream().mapToInt(Integer::intValue).toArray();
        return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10]);
    }

    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message saying which port, which component and what to do. */
    public static void requireFree(int port, String component) {
        if (inUse(port)) {
            throw new SuiteException("port " + port + " (" + component + ") is already in use by another program.\n"
                    + "  Stop that program, or run './showroom down' if it is a suite started earlier,\n"
                    + "  or move " + component + " elsewhere: SHOWROOM_PORT_" + envName(component)
                    + "=<port> ./showroom up");
        }
    }

    static String envName(String component) {
        return component
                .replace("-service", "")
                .replace("keycloak-management", "keycloak_management")
                .replace("kafka-controller", "kafka_controller")
                .replace("-", "_")
                .toUpperCase();
    }

    private static int env(String name, int fallback) {
        String value = System.getenv("SHOWROOM_PORT_" + name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new SuiteException("no free port: " + e.getMessage());
        }
    }
}
