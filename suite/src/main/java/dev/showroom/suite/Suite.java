package dev.showroom.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole suite on one machine: PostgreSQL, Kafka, Keycloak, the four services and the gateway, each
 * a process of its own, with logs and pids under {@code home}. {@link #up()} starts whatever is not
 * running yet and waits until everything is ready; {@link #down()} stops what it started, and only that.
 */
public final class Suite {

    /**
     * How long a start may take before it counts as failed: a bound, not a wait (readiness is polled). Generous,
     * because Keycloak's first start took over 5 minutes on a two-core machine under the load of a parallel build.
     */
    private static final Duration READY_WITHIN = Duration.ofMinutes(10);

    /** How to reach PostgreSQL and how to name the services' databases on it. */
    public record DatabasePlan(Database.Admin existing, String prefix, boolean ownersPerService) {
        /** The developer's suite: the server on localhost:5432 if it answers, else an embedded one. */
        public static DatabasePlan developer() {
            if ("embedded".equalsIgnoreCase(System.getenv("SHOWROOM_DB"))) {
                return new DatabasePlan(null, "", true);
            }
            String url = env("SHOWROOM_DB_ADMIN_URL", "jdbc:postgresql://localhost:5432/postgres");
            Database.Admin admin = new Database.Admin(
                    url, env("SHOWROOM_DB_ADMIN_USER", "postgres"), env("SHOWROOM_DB_ADMIN_PASSWORD", ""));
            return new DatabasePlan(answers(url) ? admin : null, "", true);
        }

        /** The journey test: TEST_DB_URL like every module's tests (fresh databases), else embedded. */
        public static DatabasePlan test() {
            String url = System.getenv("TEST_DB_URL");
            if (url == null || url.isBlank()) {
                return new DatabasePlan(null, "", false);
            }
            String prefix =
                    "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
            return new DatabasePlan(
                    new Database.Admin(url, env("TEST_DB_USER", "postgres"), env("TEST_DB_PASSWORD", "")),
                    prefix,
                    false);
        }

        private static boolean answers(String jdbcUrl) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(jdbcUrl);
            if (!m.find() || !List.of("localhost", "127.0.0.1").contains(m.group(1))) {
                return true; // a remote server named on purpose: let the connection say what is wrong
            }
            return Database.answers(m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        }
    }

    /** The secret the local suite's inbound message webhook checks (aftersales-service); e2e signs with it. */
    public static final String LOCAL_WEBHOOK_SECRET = "local-webhook-secret";

    private final Path root;
    private final Path home;
    private final Path runtime;
    private final Ports ports;
    private final DatabasePlan plan;
    private final boolean detached;
    private final PrintStream out;
    private final Processes processes;
    private final Kafka kafka;
    private final List<App> services;
    private final App gateway;
    private final App web;
    private Database database;

    /**
     * @param root     the checkout (where the modules' jars and keycloak/showroom-realm.json are)
     * @param home     where data, logs and pids go (kept between runs)
     * @param runtime  the suite module's runtime folder (classpath.txt and the Keycloak zip)
     * @param detached true for the developer's suite (outlives the launcher), false for a test
     */
    public Suite(
            Path root, Path home, Path runtime, Ports ports, DatabasePlan plan, boolean detached, PrintStream out) {
        this.root = root.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        this.runtime = runtime.toAbsolutePath().normalize();
        this.ports = ports;
        this.plan = plan;
        this.detached = detached;
        this.out = out;
        this.processes = new Processes(this.home);
        this.kafka = new Kafka(this.home, ports.kafka(), ports.kafkaController(), kafkaClasspath());
        this.services = App.services(ports);
        this.gateway = App.gateway(ports);
        this.web = App.web(ports);
    }

    /** The developer's suite of a checkout: standard ports, data under .showroom/. */
    public static Suite developer(Path root, PrintStream out) {
        return new Suite(
                root,
                root.resolve(".showroom"),
                root.resolve("suite/target/runtime"),
                Ports.standard(),
                DatabasePlan.developer(),
                true,
                out);
    }

    public Ports ports() {
        return ports;
    }

    public Path home() {
        return home;
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    /** The web console, as a browser opens it: through the gateway. */
    public String consoleUrl() {
        return gateway.url() + "/console";
    }

    public Keycloak keycloak() {
        return new Keycloak(
                home,
                runtime,
                root.resolve("keycloak/showroom-realm.json"),
                ports.keycloak(),
                ports.keycloakManagement());
    }

    public Database database() {
        return database;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String databaseName(App app) {
        return plan.prefix() + app.database();
    }

    /** A service's database of the running suite, reached as the admin (the demo's backdating); starts nothing. */
    public Database.Admin databaseOf(String service) {
        Database.Admin admin = plan.existing() != null
                ? plan.existing()
                : new Database.Admin(
                        "jdbc:postgresql://localhost:" + ports.embeddedPostgres() + "/postgres", "postgres", "");
        return new Database.Admin(admin.urlOf(plan.prefix() + service), admin.user(), admin.password());
    }

    public void up() {
        long start = System.nanoTime();
        List<App> missing = new ArrayList<>();
        for (App app : all()) {
            if (!Files.exists(app.jar(root))) {
                missing.add(app);
            }
        }
        if (!missing.isEmpty()) {
            throw new SuiteException(
                    "not built: " + missing.stream().map(App::name).toList()
                            + "\n  run ./mvnw -q -DskipTests install first (./showroom up does it for you)");
        }
        checkPorts();
        openDatabase();
        Keycloak keycloak = keycloak();
        if (!running(Kafka.NAME)) {
            out.println("starting Kafka (KRaft) on port " + ports.kafka());
            kafka.start(processes);
        }
        if (!running(Keycloak.NAME)) {
            out.println("starting Keycloak on port " + ports.keycloak() + " (the first start takes a minute)");
            keycloak.start(processes);
        }
        readiness()
                .await(List.of(check(Kafka.NAME, kafka::ready), check(Keycloak.NAME, keycloak::ready)), READY_WITHIN);
        kafka.createTopics();
        List<Readiness.Check> checks = new ArrayList<>();
        List<App> recording = new ArrayList<>();
        for (App app : all()) {
            if (!running(app.name())) {
                install(app);
                if (App.recordsItsCache(launch(app, keycloak))) {
                    recording.add(app);
                }
            }
            checks.add(check(app.name(), app::ready));
        }
        out.println("starting the services, the gateway and the web console");
        readiness().await(checks, READY_WITHIN);
        if (!recording.isEmpty()) {
            recordedAtABareStart(recording, keycloak);
        }
        out.printf("the suite is up (%d s)%n", (System.nanoTime() - start) / 1_000_000_000L);
    }

    /**
     * The applications that recorded their AOT cache at this start are stopped once ready, which writes the cache,
     * and started again from it. A cache holds what the JVM saw until it stopped: recorded over a session of use,
     * as {@code ./showroom down} used to end it, the same build then cost 1.9 times the CPU per lead capture of one
     * recorded by a bare start (docs/benchmarks.md, round ten of the capture), and what a cache holds depended on
     * what the first session after a build happened to do.
     */
    private void recordedAtABareStart(List<App> recording, Keycloak keycloak) {
        long start = System.nanoTime();
        out.println("writing the AOT caches of this build (" + recording.size()
                + (recording.size() == 1 ? " application" : " applications")
                + ", once per build; later starts use them)");
        recording.parallelStream().forEach(app -> stop(app.name()));
        List<Readiness.Check> checks = new ArrayList<>();
        for (App app : recording) {
            launch(app, keycloak);
            checks.add(check(app.name(), app::ready));
        }
        readiness().await(checks, READY_WITHIN);
        out.printf("started them from their caches (%d s)%n", (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** Starts the installed application with this suite's settings; the command it ran. */
    private List<String> launch(App app, Keycloak keycloak) {
        List<String> command = app.command(home, home.toString(), properties(app, keycloak), detached);
        processes.start(app.name(), command, environment(), root);
        return command;
    }

    private void install(App app) {
        try {
            Files.createDirectories(app.installed(home).getParent());
            app.install(root, home);
        } catch (java.io.IOException e) {
            throw new SuiteException(
                    "cannot copy " + app.name() + " to " + app.installed(home) + ": " + e.getMessage(), e);
        }
    }

    /** Stops what this suite started (recorded pids only), the gateway first and the database last. */
    public void down() {
        // the applications first (together), then what they use
        List<String> apps = all().stream().map(App::name).toList();
        boolean any = apps.parallelStream().map(this::stop).reduce(false, Boolean::logicalOr);
        any |= stop(Keycloak.NAME);
        any |= stop(Kafka.NAME);
        if (detached && Database.stopDetached(pgData())) {
            out.println("stopped the embedded PostgreSQL");
            any = true;
        }
        if (!any) {
            out.println("nothing of this suite was running");
        }
        if (database != null) {
            if (!plan.prefix().isEmpty()) {
                all().stream().filter(s -> s.database() != null).forEach(s -> database.dropDatabase(databaseName(s)));
            }
            database.close();
        }
    }

    // ---- faults, for the reliability tests: each touches only a process this suite started

    /** The service or gateway of that name (lead-service, visit-service, ..., gateway). */
    public App app(String name) {
        return all().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new SuiteException("no application " + name + " in the suite"));
    }

    /** The pid of a running application of this suite (to tell that it was not restarted). */
    public long pid(String name) {
        return ours(name).pid();
    }

    /** The live process of an application this suite started, or why there is none. */
    private ProcessHandle ours(String name) {
        String app = app(name).name();
        return processes
                .running(app, home.toString())
                .orElseThrow(() -> new SuiteException(name + " is not running (" + processes.recorded(app) + ")"));
    }

    /** kill -9 of an application: no shutdown hook, no commit of offsets, no goodbye to Kafka. */
    public void kill(String name) {
        ProcessHandle process = ours(name);
        process.destroyForcibly();
        process.onExit().join();
        processes.forget(app(name).name());
        out.println("killed " + name + " (SIGKILL, pid " + process.pid() + ")");
    }

    /** Starts an application again (after {@link #kill}) with the same settings, and waits until it is ready. */
    public void start(String name) {
        App app = app(name);
        launch(app, keycloak());
        readiness().await(List.of(check(app.name(), app::ready)), READY_WITHIN);
        out.println("started " + name + " again");
    }

    /** Stops the Kafka broker (SIGTERM, its data kept): the applications see an outage. */
    public void stopKafka() {
        stop(Kafka.NAME);
    }

    /** Starts the broker again on the same port and data, and waits until it answers. */
    public void startKafka() {
        kafka.start(processes);
        readiness().await(List.of(check(Kafka.NAME, kafka::ready)), READY_WITHIN);
        out.println("started " + Kafka.NAME + " again");
    }

    /** True when the database is an embedded server of this JVM, which the tests may stop and start. */
    public boolean ownsDatabase() {
        return database != null && database.restartable();
    }

    /** Stops the embedded PostgreSQL of this JVM (never a shared server): the services lose their database. */
    public void stopDatabase() {
        database.stop();
        out.println("stopped the embedded PostgreSQL");
    }

    /** Starts the embedded PostgreSQL again on the same port and data. */
    public void startDatabase() {
        database.start();
        out.println("started the embedded PostgreSQL again");
    }

    private boolean stop(String name) {
        Duration grace = processes
                .running(name, home.toString())
                .flatMap(p -> p.info().arguments())
                .map(arguments -> App.stopGrace(List.of(arguments)))
                .orElse(Duration.ofSeconds(30));
        boolean stopped = processes.stop(name, home.toString(), grace);
        if (stopped) {
            out.println("stopped " + name);
        }
        return stopped;
    }

    /** One line per component: running or not, ready or not, and where. */
    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        status.put(
                "postgresql",
                Database.detachedServer(pgData()).isPresent()
                        ? "running (embedded, port " + ports.embeddedPostgres() + ")"
                        : plan.existing() != null ? "using " + plan.existing().url() : "not running");
        status.put(Kafka.NAME, describe(Kafka.NAME, kafka::ready, kafka.bootstrapServers()));
        Keycloak keycloak = keycloak();
        status.put(Keycloak.NAME, describe(Keycloak.NAME, keycloak::ready, keycloak.url()));
        for (App app : all()) {
            status.put(app.name(), describe(app.name(), app::ready, app.url()));
        }
        return status;
    }

    private String describe(String name, java.util.function.BooleanSupplier ready, String where) {
        if (!running(name)) {
            return "stopped";
        }
        return (ready.getAsBoolean() ? "ready    " : "starting ") + where;
    }

    private List<App> all() {
        List<App> all = new ArrayList<>(services);
        all.add(web);
        all.add(gateway);
        return all;
    }

    private boolean running(String name) {
        return processes.running(name, home.toString()).isPresent();
    }

    private void checkPorts() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put(Kafka.NAME, ports.kafka());
        wanted.put("kafka-controller", ports.kafkaController());
        wanted.put(Keycloak.NAME, ports.keycloak());
        wanted.put("keycloak-management", ports.keycloakManagement());
        all().forEach(a -> wanted.put(a.name(), a.port()));
        wanted.forEach((component, port) -> {
            String owner = component.startsWith("kafka")
                    ? Kafka.NAME
                    : component.startsWith("keycloak") ? Keycloak.NAME : component;
            if (!running(owner)) {
                Ports.requireFree(port, component);
            }
        });
    }

    private void openDatabase() {
        if (plan.existing() != null) {
            database = Database.existing(
                    plan.existing(), "PostgreSQL at " + plan.existing().url());
        } else if (detached && Database.detachedServer(pgData()).isPresent()) {
            database = Database.existing(
                    new Database.Admin(
                            "jdbc:postgresql://localhost:" + ports.embeddedPostgres() + "/postgres", "postgres", ""),
                    "embedded PostgreSQL");
        } else {
            Ports.requireFree(ports.embeddedPostgres(), "postgres");
            out.println("starting an embedded PostgreSQL on port " + ports.embeddedPostgres()
                    + (detached ? " (none answers on localhost:5432, or SHOWROOM_DB=embedded)" : ""));
            database = Database.embedded(pgData(), ports.embeddedPostgres(), detached);
        }
        out.println("database: " + database.description());
        for (App app : all()) {
            if (app.database() == null) {
                continue;
            }
            String owner =
                    plan.ownersPerService() ? app.database() : database.admin().user();
            database.ensureDatabase(databaseName(app), owner, owner);
        }
    }

    /**
     * One Kafka consumer per service (the services' one channel reads every topic it consumes, in batches): on one
     * machine the partitions' batches applied side by side buy the pipeline little beside the broker and the other
     * services on the same cores, while each idle consumer and its share of the broker's fetch handling burn CPU all
     * the time (docs/benchmarks.md, "The idle suite"). The partitions are for replicas; the Kubernetes manifests keep
     * 3. An environment variable, not a property, so that {@code CONSUMER_CONCURRENCY=3 ./showroom up} chooses
     * (bench/run does, for the event pipeline's figures).
     */
    static Map<String, String> environment() {
        return Map.of("CONSUMER_CONCURRENCY", consumerConcurrency(System.getenv("CONSUMER_CONCURRENCY")));
    }

    /** The consumers per service: the one given, else {@link #CONSUMER_CONCURRENCY}. */
    static String consumerConcurrency(String given) {
        return given != null && !given.isBlank() ? given.trim() : String.valueOf(CONSUMER_CONCURRENCY);
    }

    /** The suite's default number of Kafka consumers per service (see {@link #environment()}). */
    static final int CONSUMER_CONCURRENCY = 1;

    private Map<String, String> properties(App app, Keycloak keycloak) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.http.port", String.valueOf(app.port()));
        p.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        if (App.WEB.equals(app.name())) {
            // the console calls the gateway and signs staff in with its own client; plain http here, so no
            // Secure cookies; its forms may end at Keycloak (signing out)
            p.put("quarkus.rest-client.gateway.url", gatewayUrl());
            p.put("quarkus.oidc.credentials.secret", Keycloak.CONSOLE_SECRET);
            p.put("quarkus.oidc.authentication.cookie-force-secure", "false");
            p.put("showroom.web.secure-cookies", "false");
            p.put("showroom.web.csp.form-action", keycloak.url());
            return p;
        }
        boolean owners = plan.ownersPerService();
        p.put("quarkus.datasource.jdbc.url", database.admin().urlOf(databaseName(app)));
        p.put(
                "quarkus.datasource.username",
                owners ? app.database() : database.admin().user());
        // the prod profile requires a password; the embedded server trusts local connections, whose
        // admin has none, so any non-empty value does
        String password = owners ? app.database() : database.admin().password();
        p.put("quarkus.datasource.password", password == null || password.isEmpty() ? "trusted-locally" : password);
        if (!App.GATEWAY.equals(app.name())) {
            p.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            // the links sent to customers (survey) open the customer pages the gateway serves
            p.put("showroom.customer-pages.base-url", gatewayUrl());
            if ("aftersales-service".equals(app.name())) {
                // the prod profile requires the messages' secrets: local values (the local providers sign nothing)
                p.put("showroom.messages.webhook-secret", LOCAL_WEBHOOK_SECRET);
                p.put("showroom.messages.link-secret", "local-link-secret");
            }
        } else {
            services.forEach(s -> p.put("showroom.gateway.upstreams." + s.name() + ".url", s.url()));
            p.put("showroom.gateway.upstreams." + web.name() + ".url", web.url());
            p.put("quarkus.oidc-client.auth-server-url", keycloak.realmUrl());
            p.put("quarkus.oidc-client.credentials.secret", Keycloak.GATEWAY_SECRET);
        }
        return p;
    }

    private Path pgData() {
        return home.resolve("postgres/data");
    }

    private String kafkaClasspath() {
        Path file = runtime.resolve("classpath.txt");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return System.getProperty("java.class.path");
        }
    }

    private Readiness readiness() {
        return new Readiness(out);
    }

    private Readiness.Check check(String name, java.util.function.BooleanSupplier ready) {
        return new Readiness.Check(
                name, ready, () -> running(name), processes.log(name).toString());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
