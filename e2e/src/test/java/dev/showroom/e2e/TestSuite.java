package dev.showroom.e2e;

import dev.showroom.suite.Database;
import dev.showroom.suite.Ports;
import dev.showroom.suite.Suite;
import dev.showroom.suite.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole suite for the e2e tests: started once per test JVM by the launcher on free ports (so it
 * never meets a developer's running suite), with fresh databases and a fresh Kafka, shared by every
 * test class of the run and stopped when the run ends ({@link SuiteSession}, or the JVM's exit).
 *
 * <p>The classes share one dealer data set, so a test that records activity keeps off what the journey
 * counts for dealer-sh-01 (li.wei's visits and funnel, completed surveys of either dealer).
 */
final class TestSuite {

    private static Suite suite;
    private static Tokens tokens;

    private TestSuite() {}

    static synchronized Suite start() {
        if (suite == null) {
            Path root = Path.of(System.getProperty("showroom.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            Path home = Path.of(System.getProperty("showroom.home", "target/showroom"));
            wipeExceptKeycloak(home);
            suite = new Suite(
                    root,
                    home,
                    root.resolve("suite/target/runtime"),
                    Ports.free(),
                    Suite.DatabasePlan.test(),
                    false,
                    System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(TestSuite::stopNow));
            suite.up();
            tokens = new Tokens(suite.keycloak().realmUrl());
        }
        return suite;
    }

    /** A test class is done with the suite; it keeps running for the next class and stops at the end of the run. */
    static void stop() {
        // see SuiteSession
    }

    static synchronized void stopNow() {
        if (suite != null) {
            suite.down();
            suite = null;
        }
    }

    static Suite suite() {
        return start();
    }

    static String token(String user) {
        return tokens.of(user);
    }

    static String gateway() {
        return suite.gatewayUrl();
    }

    /** One number from a service's own database (for counting effects end to end); a collection is a text[]. */
    static long count(String app, String sql, Object... params) {
        List<String> rows = strings(app, sql, params);
        return rows.isEmpty() || rows.get(0) == null ? 0 : Long.parseLong(rows.get(0));
    }

    /**
     * The token of the survey link last sent to a customer: the text of the SURVEY_LINK message in their history,
     * as the provider received it (aftersales-service's database: the history shown to staff masks the token).
     */
    static String surveyToken(String leadId) {
        List<String> bodies = strings("aftersales-service", SURVEY_LINK_SENT, leadId);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/survey/([A-Za-z0-9_-]+)")
                .matcher(bodies.isEmpty() ? "" : bodies.get(0));
        if (!m.find()) {
            throw new IllegalStateException("no survey link was sent to customer " + leadId);
        }
        return m.group(1);
    }

    /** The text of the survey link message last sent to a customer (lead id). */
    static final String SURVEY_LINK_SENT = "select body from outgoing_message where lead_id = ?::uuid "
            + "and kind = 'SURVEY_LINK' order by queued_at desc, id limit 1";

    /** The first column of every row of a query on a service's own database. */
    static List<String> strings(String app, String sql, Object... params) {
        Database.Admin admin = suite.database().admin();
        try (Connection c = DriverManager.getConnection(
                        admin.urlOf(suite.databaseName(suite.app(app))), admin.user(), admin.password());
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(
                        i + 1,
                        params[i] instanceof Collection<?> values
                                ? c.createArrayOf(
                                        "text",
                                        values.stream().map(String::valueOf).toArray())
                                : params[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query " + app + "'s database: " + e.getMessage(), e);
        }
    }

    /** Old data (events, rows) must not leak into a run; the unpacked Keycloak is kept to save time. */
    private static void wipeExceptKeycloak(Path home) {
        if (!Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> entries = Files.list(home)) {
            for (Path entry : entries.filter(e -> !e.getFileName().toString().startsWith("keycloak-"))
                    .toList()) {
                try (Stream<Path> tree = Files.walk(entry)) {
                    tree.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot clean " + home, e);
        }
    }
}
