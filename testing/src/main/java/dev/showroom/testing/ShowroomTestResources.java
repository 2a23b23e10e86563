package dev.showroom.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Real Kafka, real PostgreSQL and the test token key for a {@code @QuarkusTest}. Put
 * {@code @QuarkusTestResource(value = ShowroomTestResources.class, restrictToAnnotatedClass = false)}
 * on one test class of a module: the broker and database start once for the module's test run and are
 * shared by every test class (a fresh database per test JVM).
 */
public class ShowroomTestResources implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Postgres postgres = Postgres.get();
        KafkaBroker kafka = KafkaBroker.get();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.putAll(OidcTestResource.config());
        // tests move the clock forward: an hourly prune then would take rows a running test still counts
        config.put("showroom.retention.cron", "off");
        return config;
    }

    @Override
    public void stop() {
        // the broker and database live until the JVM ends: other test classes reuse them
    }
}
