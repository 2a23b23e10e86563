package dev.showroom.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted (or a proxy in between dropped every idle connection): the pool's idle connections are
 * dead. The next requests must get working connections, not answer 503 once per dead connection, which is what a
 * user saw after a restart (DemoIT after FaultToleranceIT's database outage: a 503 from aftersales-service).
 */
@QuarkusTest
class DatabaseRestartTest {

    static final int CONNECTIONS = 4;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void connectionsThatDiedWhileIdleAreReplacedBeforeAnyoneGetsThem() throws Exception {
        List<Integer> before = backends();
        assertEquals(CONNECTIONS, before.size());
        terminate(before);
        // idle for longer than the foreground validation interval, as a pool is after a restart
        Thread.sleep(ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.datasource.jdbc.foreground-validation-interval", Duration.class)
                        .orElse(Duration.ofSeconds(1))
                        .toMillis()
                + 500);

        List<Integer> after = backends();

        assertEquals(CONNECTIONS, after.size(), "every borrower got a working connection");
        after.forEach(pid -> assertTrue(!before.contains(pid), "a new connection, not a dead one: " + pid));
    }

    /** Borrows {@link #CONNECTIONS} connections at once and asks each for its backend's pid. */
    List<Integer> backends() throws SQLException {
        List<Connection> held = new ArrayList<>();
        List<Integer> pids = new ArrayList<>();
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                try (Statement st = connection.createStatement();
                        ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
                    rs.next();
                    pids.add(rs.getInt(1));
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        return pids;
    }

    /** What a restart does to the pool's connections, from a connection of its own. */
    static void terminate(List<Integer> pids) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection admin = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class)
                                .orElse(""));
                Statement st = admin.createStatement()) {
            for (int pid : pids) {
                st.execute("select pg_terminate_backend(" + pid + ")");
            }
        }
    }
}
