package dev.showroom.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.jobs.Retention;
import dev.showroom.testing.Postgres;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Old processed events, Idempotency-Key records and published outbox rows go; recent and pending ones stay. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Test
    void rowsPastTheirRetentionArePrunedInBatchesAndRecentOnesKept() throws Exception {
        // retention: processed events 35 days, idempotency records 2 days, published outbox rows 7 days;
        // 12 old rows of each take three batches of 5
        for (int i = 0; i < 12; i++) {
            execute("insert into processed_event (consumer, event_id, topic, processed_at) values "
                    + "('retention-test', 'old-" + i + "', 'sample.kept', now() - interval '36 days')");
            execute("insert into idempotency_record (scope, idem_key, status, created_at) values "
                    + "('retention-test', 'old-" + i + "', 201, now() - interval '49 hours')");
            outboxRow("retention-old", "now() - interval '8 days'");
        }
        for (int i = 0; i < 3; i++) {
            execute("insert into processed_event (consumer, event_id, topic, processed_at) values "
                    + "('retention-test', 'recent-" + i + "', 'sample.kept', now() - interval '34 days')");
            execute("insert into idempotency_record (scope, idem_key, status, created_at) values "
                    + "('retention-test', 'recent-" + i + "', 201, now() - interval '47 hours')");
            outboxRow("retention-recent", "now() - interval '6 days'");
        }
        outboxRow("retention-pending", "null"); // written 30 days ago and never published: never pruned

        Retention.Pruned pruned = retention.prune();

        assertEquals(
                0,
                count(
                        "select count(*) from processed_event where consumer = 'retention-test' and event_id like 'old-%'"));
        assertEquals(
                3,
                count(
                        "select count(*) from processed_event where consumer = 'retention-test' and event_id like 'recent-%'"));
        assertEquals(
                0,
                count(
                        "select count(*) from idempotency_record where scope = 'retention-test' and idem_key like 'old-%'"));
        assertEquals(
                3,
                count(
                        "select count(*) from idempotency_record where scope = 'retention-test' and idem_key like 'recent-%'"));
        assertEquals(0, count("select count(*) from outbox_event where event_key = 'retention-old'"));
        assertEquals(3, count("select count(*) from outbox_event where event_key = 'retention-recent'"));
        assertEquals(1, count("select count(*) from outbox_event where event_key = 'retention-pending'"));
        assertTrue(
                pruned.processedEvents() >= 12 && pruned.idempotencyRecords() >= 12 && pruned.outboxEvents() >= 12,
                pruned.toString());
    }

    private static void outboxRow(String key, String publishedAt) throws SQLException {
        execute("insert into outbox_event (event_id, topic, event_key, ce_type, payload, occurred_at, published_at) "
                + "values (gen_random_uuid(), 'sample.retention', '" + key + "', 'dev.showroom.sample.retention', "
                + "'{\"dealerId\":\"dealer-1\"}', now() - interval '30 days', " + publishedAt + ")");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = Postgres.get().connect()) {
            c.createStatement().execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = Postgres.get().connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
