package dev.showroom.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real PostgreSQL of one module's test run: the server named by {@code TEST_DB_URL} (a JDBC URL
 * of a database the user {@code TEST_DB_USER} may create databases from), or an embedded one started
 * in this JVM. Each test JVM gets a fresh database of its own, so modules never see each other's rows.
 */
public final class Postgres {

    private static Postgres instance;

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String database;

    private Postgres(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.database =
                "showroom_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static synchronized Postgres get() {
        if (instance == null) {
            String url = System.getenv("TEST_DB_URL");
            try {
                if (url != null && !url.isBlank()) {
                    instance =
                            new Postgres(null, url, envOr("TEST_DB_USER", "postgres"), envOr("TEST_DB_PASSWORD", ""));
                } else {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder()
                            .setServerConfig("max_connections", "200")
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .start();
                    instance = new Postgres(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException ignored) {
                            // the JVM is going away
                        }
                    }));
                }
                instance.execute("create database " + instance.database);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot start PostgreSQL for the tests", e);
            }
        }
        return instance;
    }

    public String jdbcUrl() {
        return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A connection to this run's database, for assertions on what a service stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @Override
    public String toString() {
        return "PostgreSQL " + jdbcUrl() + (embedded != null ? " (embedded)" : "");
    }
}
