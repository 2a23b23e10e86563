package dev.showroom.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.gateway.edge.EdgeConfig;
import dev.showroom.gateway.edge.SharedRateLimiter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Eight replicas must not give a client eight budgets: a second limiter on the same database (another
 * replica) sees what this gateway spent, and the other way round.
 */
@QuarkusTest
class SharedLimitTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EdgeConfig config;

    /** After PostgreSQL restarts, the pool's idle connections are dead: a customer's request must not get them. */
    @Test
    void aPooledConnectionTheDatabaseClosedIsNotHandedToACustomer() throws Exception {
        String address = ProxyTest.randomAddress();
        given().header("X-Forwarded-For", address)
                .contentType("application/json")
                .body(EdgeLimitsTest.QUERY)
                .post("/public/order-status")
                .then()
                .statusCode(404);
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var connection = java.sql.DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getOptionalValue("quarkus.datasource.username", String.class)
                                .orElse(null),
                        config.getOptionalValue("quarkus.datasource.password", String.class)
                                .orElse(null));
                var statement = connection.createStatement()) {
            // what a restart does to the pool, from outside it: every other connection of this database closed
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where datname = current_database() and pid <> pg_backend_pid()");
        }
        given().header("X-Forwarded-For", address)
                .contentType("application/json")
                .body(EdgeLimitsTest.QUERY)
                .post("/public/order-status")
                .then()
                .statusCode(404);
    }

    @Test
    void anotherReplicaSeesTheSameBudget() {
        SharedRateLimiter otherReplica = new SharedRateLimiter(dataSource, config);
        String address = ProxyTest.randomAddress();
        for (int i = 0; i < GatewayTestResources.PUBLIC_REQUESTS - 1; i++) {
            given().header("X-Forwarded-For", address)
                    .contentType("application/json")
                    .body(EdgeLimitsTest.QUERY)
                    .post("/public/order-status")
                    .then()
                    .statusCode(404);
        }
        assertTrue(otherReplica.tryConsume(address, false).isConsumed(), "the last request of the budget");
        assertFalse(otherReplica.tryConsume(address, false).isConsumed(), "spent on both replicas together");
        given().header("X-Forwarded-For", address)
                .contentType("application/json")
                .body(EdgeLimitsTest.QUERY)
                .post("/public/order-status")
                .then()
                .statusCode(429);
        assertTrue(
                otherReplica.tryConsume(ProxyTest.randomAddress(), false).isConsumed(),
                "another address is not affected");
    }
}
