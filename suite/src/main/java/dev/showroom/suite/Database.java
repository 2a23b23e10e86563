package dev.showroom.suite;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The PostgreSQL server of the suite: a server that already answers (localhost:5432, or the one named
 * by the settings), or else a real embedded PostgreSQL whose data stays under the suite's home.
 * Each service gets its own database; {@link #ensureDatabase} creates it (and its owner) when missing.
 */
public final class Database {

    /** Where to connect as a user who may create roles and databases. */
    public record Admin(String url, String user, String password) {
        public String urlOf(String database) {
            return url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        }
    }

    private final Admin admin;
    private final String description;
    /** The embedded server of this JVM (null for a shared or detached server, or while stopped). */
    private EmbeddedPostgres inProcess;
    /** Where the embedded server of this JVM keeps its data (null for any other server). */
    private final Path dataDir;

    private final int port;

    private Database(Admin admin, String description, EmbeddedPostgres inProcess, Path dataDir, int port) {
        this.admin = admin;
        this.description = description;
        this.inProcess = inProcess;
        this.dataDir = dataDir;
        this.port = port;
    }

    public Admin admin() {
        return admin;
    }

    public String description() {
        return description;
    }

    /** Uses the server at the given admin URL; fails clearly if it does not let us in. */
    public static Database existing(Admin admin, String description) {
        try (Connection ignored = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
            return new Database(admin, description, null, null, -1);
        } catch (SQLException e) {
            throw new SuiteException("PostgreSQL at " + admin.url() + " answers but refuses user " + admin.user()
                    + ": " + e.getMessage() + "\n  Set SHOWROOM_DB_ADMIN_USER / SHOWROOM_DB_ADMIN_PASSWORD, or"
                    + " SHOWROOM_DB=embedded to use a PostgreSQL of the suite's own.");
        }
    }

    /** True if something accepts PostgreSQL connections on that port of this machine. */
    public static boolean answers(int port) {
        return Ports.inUse(port);
    }

    /**
     * Starts an embedded PostgreSQL on {@code port} with its data in {@code dataDir} (kept: a later
     * start finds the same databases). With {@code detached}, the server outlives this JVM and is
     * stopped later by {@link #stopDetached}; otherwise it ends with {@link #close()}.
     */
    public static Database embedded(Path dataDir, int port, boolean detached) {
        try {
            EmbeddedPostgres pg = startEmbedded(dataDir, port, detached);
            Admin admin = new Admin(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
            return new Database(
                    admin,
                    "embedded PostgreSQL on port " + port + " (data in " + dataDir + ")",
                    detached ? null : pg,
                    detached ? null : dataDir,
                    port);
        } catch (IOException | RuntimeException e) {
            throw new SuiteException("cannot start the embedded PostgreSQL on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startEmbedded(Path dataDir, int port, boolean detached) throws IOException {
        Files.createDirectories(dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(!detached)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolveSibling("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolveSibling("postgres.log").toFile()))
                .start();
    }

    /** The postmaster of an embedded server started earlier, read from its data directory. */
    public static Optional<ProcessHandle> detachedServer(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static boolean stopDetached(Path dataDir) {
        Optional<ProcessHandle> server = detachedServer(dataDir);
        server.ifPresent(p -> {
            p.destroy(); // SIGTERM: PostgreSQL's smart shutdown, clean on disk
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
        return server.isPresent();
    }

    /** Creates the owner role (with that password) and the database if missing. */
    public void ensureDatabase(String database, String owner, String password) {
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
            if (!owner.equals(admin.user()) && !exists(c, "select 1 from pg_roles where rolname = ?", owner)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create role \"" + owner + "\" login password '" + password.replace("'", "''") + "'");
                }
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database \"" + database + "\" owner \"" + owner + "\"");
                }
            }
        } catch (SQLException e) {
            throw new SuiteException(
                    "cannot create database " + database + " on " + admin.url() + ": " + e.getMessage(), e);
        }
    }

    public void dropDatabase(String database) {
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists \"" + database + "\" with (force)");
        } catch (SQLException e) {
            throw new SuiteException("cannot drop database " + database + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** True for the embedded server of this JVM: the only one a test may stop and start again. */
    public boolean restartable() {
        return dataDir != null;
    }

    /** Stops the embedded server of this JVM, keeping its data (fast shutdown: open sessions end). */
    public synchronized void stop() {
        if (dataDir == null) {
            throw new SuiteException("only an embedded PostgreSQL of this JVM may be stopped, not " + admin.url());
        }
        close();
        inProcess = null;
    }

    /** Starts the embedded server again on the same port and data directory. */
    public synchronized void start() {
        if (dataDir == null || inProcess != null) {
            throw new SuiteException("no stopped embedded PostgreSQL to start");
        }
        try {
            inProcess = startEmbedded(dataDir, port, false);
        } catch (IOException | RuntimeException e) {
            throw new SuiteException(
                    "cannot start the embedded PostgreSQL again on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Stops an in-process embedded server (the journey test's). */
    public void close() {
        if (inProcess != null) {
            try {
                inProcess.close();
            } catch (IOException ignored) {
                // the server is going away anyway
            }
        }
    }
}
