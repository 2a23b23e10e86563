package dev.showroom.suite;

import dev.showroom.suite.demo.DemoData;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code ./showroom <command>}: the launcher of the local suite. Commands: up, down, status, token
 * &lt;user&gt;, demo. (logs is done by the shell script: it only follows a file.)
 */
public final class Showroom {

    private Showroom() {}

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("showroom.root", "."))
                .toAbsolutePath()
                .normalize();
        PrintStream out = System.out;
        Suite suite = Suite.developer(root, out);
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> {
                    suite.up();
                    printWelcome(suite, root, out);
                }
                case "down" -> suite.down();
                case "status" -> printStatus(suite.status(), out);
                case "token" -> {
                    if (args.length < 2) {
                        throw new SuiteException("usage: ./showroom token <user>   (e.g. li.wei)");
                    }
                    out.println(new Tokens(suite.keycloak().realmUrl()).of(args[1]));
                }
                case "demo" ->
                    new DemoData(suite.gatewayUrl(), new Tokens(suite.keycloak().realmUrl()), suite::databaseOf, out)
                            .load();
                default -> {
                    out.println("usage: ./showroom up | down | status | logs <service> | demo | token <user>");
                    System.exit(command.equals("help") ? 0 : 2);
                }
            }
        } catch (SuiteException e) {
            System.err.println("\n✘ " + e.getMessage());
            System.exit(1);
        }
    }

    static void printWelcome(Suite suite, Path root, PrintStream out) {
        Keycloak keycloak = suite.keycloak();
        String gateway = suite.gatewayUrl();
        out.println();
        out.println("  Console (staff)     " + suite.consoleUrl() + "   (sign in as a demo user below)");
        out.println("  Customer pages      " + gateway + "/enquiry, " + gateway + "/where-is-my-car");
        out.println("  Gateway (the API)   " + gateway + "/api/v1/...");
        out.println("  Swagger UI          " + gateway + "/q/swagger-ui");
        out.println("  Keycloak            " + keycloak.url() + "/admin   (admin / admin)");
        out.println("  Logs                .showroom/logs/<name>.log   (./showroom logs lead-service)");
        out.println();
        out.println("  Demo users (password '" + Tokens.DEMO_PASSWORD + "'):");
        for (DemoUsers.User user :
                DemoUsers.read(root.resolve("keycloak/showroom-realm.json")).users()) {
            out.printf("    %-14s %-14s %s%n", user.username(), user.role(), user.dealer());
        }
        out.println();
        out.println("  Get a token and call the API:");
        out.println("    TOKEN=$(curl -s -d grant_type=password -d client_id=" + Tokens.CLIENT
                + " -d username=li.wei -d password=" + Tokens.DEMO_PASSWORD + " \\");
        out.println("      " + new Tokens(keycloak.realmUrl()).tokenUrl()
                + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        out.println("    curl -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/v1/leads");
        out.println("  (or TOKEN=$(./showroom token li.wei)); load a month of demo data with ./showroom demo");
    }

    static void printStatus(Map<String, String> status, PrintStream out) {
        status.forEach((name, state) -> out.printf("  %-20s %s%n", name, state));
    }
}
