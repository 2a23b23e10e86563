package dev.showroom.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

    /**
     * The packaged application: {@code <name>/target/quarkus-app}, or the {@code quarkus-app} directory that
     * {@code SHOWROOM_APP_<NAME>} names (benchmarks: another build of one application beside this tree's others,
     * e.g. {@code SHOWROOM_APP_GATEWAY=/tmp/before/gateway/target/quarkus-app}).
     */
    public Path jar(Path root) {
        String other = System.getenv("SHOWROOM_APP_" + envName());
        if (other != null && !other.isBlank()) {
            return Path.of(other.strip()).resolve("quarkus-run.jar");
        }
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The application's name as environment variables spell it: lead-service is LEAD_SERVICE. */
    String envName() {
        return name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /**
     * The applications' JVM options unless {@code SHOWROOM_JVM_OPTS} replaces them: a heap cap and C1 only (six
     * JVMs start at once on a small machine: with C2 they start in up to 2.8x and hold up to 3.0x the bare Quarkus
     * application, against 1.6-1.9x and 2.2-2.3x; C2 halves the CPU of a read once warm, which is why the container
     * images run it, but a capture's did not move), the serial collector (a heap this small needs
     * no concurrent collector: fewer threads, less memory, no background work when idle) starting from a 64 MB heap
     * (as in a pod, whose initial heap is a small share of its limit: the young generation grows with the live data
     * rather than being a third of 1/64 of the machine's memory from the start) and no hsperfdata (its
     * sampler wakes every JVM 20 times a second; jcmd &lt;pid&gt; still works, jps no longer lists them). What each
     * buys: docs/benchmarks.md, "Start-up and memory" and "The idle suite".
     */
    static final String DEFAULT_JVM_OPTIONS =
            "-Xmx384m -Xms64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData";

    static List<String> jvmOptions() {
        String options = System.getenv("SHOWROOM_JVM_OPTS");
        return List.of((options == null || options.isBlank() ? DEFAULT_JVM_OPTIONS : options.strip()).split("\\s+"));
    }

    /** The shared options, then this application's own ({@code SHOWROOM_JVM_OPTS_<APP>}: the last of a repeated wins). */
    List<String> options() {
        List<String> options = new ArrayList<>(jvmOptions());
        String own = System.getenv("SHOWROOM_JVM_OPTS_" + envName());
        if (own != null && !own.isBlank()) {
            options.addAll(List.of(own.strip().split("\\s+")));
        }
        return options;
    }

    /**
     * JDK 25's AOT cache (JEP 483, 514, 515): the classes the application loaded and linked on an earlier run, kept
     * under {@code home/aot}. The first start of a build records ({@code -XX:AOTCacheOutput}: the JVM writes the
     * cache when it stops, which {@code ./showroom up} makes it do as soon as it is ready: {@link Suite#up}); later
     * starts of the same build use it ({@code -XX:AOTCache}).
     * A cache is named by the application and a hash of the content of every file of the installed application
     * ({@link #buildKey}) and of the JVM {@code options} ({@link #cacheKey}), so that a cache is only ever used with
     * the build that recorded it: a time stamp would not do (the installed copy keeps the build's times, and a build
     * older than the cache, another branch's or another commit's, would have found it "newer" and used it); and one
     * recorded with C1 only is not used by a C2 run (it would start without the method profiles that C2 takes from a
     * cache recorded under C2), nor the other way round. The caches of other builds or options of the application
     * are dropped when a new one is recorded. What it buys: docs/benchmarks.md, "Start-up and memory".
     */
    List<String> aotOptions(Path home, List<String> options) {
        Path dir = home.resolve("aot");
        try {
            Files.createDirectories(dir);
            Path cache = dir.resolve(name + "-" + cacheKey(installed(home), options) + ".aot");
            if (Files.exists(cache)) {
                return List.of("-XX:AOTCache=" + cache);
            }
            try (Stream<Path> caches = Files.list(dir)) {
                for (Path other : caches.filter(this::isCacheOfThisApp).toList()) {
                    Files.deleteIfExists(other);
                }
            }
            return List.of("-XX:AOTCacheOutput=" + cache);
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * A cache of this application, of any build (and the unkeyed {@code <name>.aot} of before), or the training
     * data a recording JVM leaves beside it ({@code .aot.config}; empty when it was stopped before writing the cache).
     */
    private boolean isCacheOfThisApp(Path p) {
        String file = p.getFileName().toString();
        return file.matches(Pattern.quote(name) + "(-[0-9a-f]{16})?\\.aot(\\.config)?");
    }

    /**
     * How long {@code ./showroom down} waits for the application after SIGTERM before it kills it: 3 minutes for
     * one that records its AOT cache ({@code -XX:AOTCacheOutput}: as it stops, the JVM assembles the cache in a
     * child JVM, which took longer than 30 s for lead-, order- and aftersales-service at load 8-12, and a kill left
     * no cache but an empty {@code .aot.config}: every later {@code up} recorded again), 30 s for the others.
     */
    static Duration stopGrace(List<String> arguments) {
        return recordsItsCache(arguments) ? Duration.ofMinutes(3) : Duration.ofSeconds(30);
    }

    /** Whether a JVM of these arguments records its AOT cache (and writes it when it stops). */
    static boolean recordsItsCache(List<String> arguments) {
        return arguments.stream().anyMatch(a -> a.startsWith("-XX:AOTCacheOutput="));
    }

    /**
     * The build of an installed application: the first 16 hex digits of the SHA-256 of its files' relative paths,
     * sizes and contents, in the order of their paths (about 100 MB a service: a few hundred milliseconds).
     */
    static String buildKey(Path dir) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
                    .toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** The cache of a build under JVM options: the first 16 hex digits of the SHA-256 of both. */
    static String cacheKey(Path dir, List<String> options) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((buildKey(dir) + '\u0000' + String.join(" ", options)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
     * any environment name the application chose. With {@code aot} (the developer's suite) on a JDK 25+ the
     * application starts from its AOT cache ({@link #aotOptions}).
     */
    public List<String> command(Path home, String marker, Map<String, String> properties, boolean aot) {
        Optional<String> newer = aot && !"off".equalsIgnoreCase(System.getenv("SHOWROOM_AOT"))
                ? Java.applications().filter(java -> Java.featureOf(java) >= 25)
                : Optional.empty();
        List<String> command = new ArrayList<>(List.of(newer.orElse(Java.current())));
        List<String> options = options();
        command.addAll(options);
        if (newer.isPresent()) {
            command.addAll(aotOptions(home, options));
        }
        command.add("-Dshowroom.home=" + marker);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(
                List.of("-jar", installed(home).resolve("quarkus-run.jar").toString()));
        return command;
    }
}
