package dev.showroom.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.testing.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Rows written before the role-aware views: a database at version 1 with a linked visit that still holds
 * its contact and test drives with whole licence numbers is migrated to the current schema.
 */
class RoleViewsMigrationTest {

    @Test
    void existingLinkedContactsAreBlankedAndLicencesCutToTheirLastFour() throws SQLException {
        Postgres pg = Postgres.get();
        String database = "visit_migration_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        pg.execute("create database " + database);
        String url = pg.jdbcUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        Builder flyway = () -> Flyway.configure()
                .dataSource(url, pg.user(), pg.password())
                .locations("classpath:db/platform", "classpath:db/migration");
        flyway.get().target("1").load().migrate();

        UUID linked = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID drive = UUID.randomUUID();
        UUID shortLicence = UUID.randomUUID();
        UUID car = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
                Statement s = c.createStatement()) {
            s.execute("insert into visit (id, dealer_id, kind, lead_id, contact_name, contact_phone, contact_email, "
                    + "occurred_at, recorded_by, recorded_at, version) values ('" + linked + "', 'd', 'WALK_IN', '"
                    + UUID.randomUUID() + "', 'Ma Lan', '+8613912345678', 'ma@example.com', now(), 'r', now(), 0), ('"
                    + unknown
                    + "', 'd', 'CALL', null, 'Wu Yi', '+8613987654321', 'wu@example.com', now(), 'r', now(), 0)");
            s.execute("insert into demo_car (id, dealer_id, model, plate, vin, status, created_at, version) values ('"
                    + car + "', 'd', 'Model Y', 'A1', 'LSV00000000000001', 'AVAILABLE', now(), 0)");
            s.execute(
                    "insert into test_drive (id, dealer_id, lead_id, demo_car_id, model, slot_start, slot_end, status, "
                            + "licence_number, licence_expiry, licence_checked_at, licence_checked_by, booked_by, booked_at, version) "
                            + "values ('" + drive + "', 'd', '" + UUID.randomUUID() + "', '" + car
                            + "', 'Model Y', now(), "
                            + "now() + interval '1 hour', 'COMPLETED', '310101199001011234', '2030-01-01', now(), 'c', 'c', now(), 0), "
                            + "('" + shortLicence + "', 'd', '" + UUID.randomUUID() + "', '" + car
                            + "', 'Model Y', now() + interval '2 hours', "
                            + "now() + interval '3 hours', 'BOOKED', 'B12', '2030-01-01', now(), 'c', 'c', now(), 0)");
            s.execute("insert into idempotency_record (scope, idem_key, status, body) values ('d|r|book', 'k1', 201, "
                    + "'{\"id\":\"" + drive
                    + "\",\"licence\":{\"number\":\"310101199001011234\",\"expiry\":\"2030-01-01\"}}')");
        }

        flyway.get().load().migrate();

        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
                Statement s = c.createStatement()) {
            assertEquals(
                    "Ma Lan|null|null",
                    one(
                            s,
                            "select concat_ws('|', contact_name, coalesce(contact_phone, 'null'), "
                                    + "coalesce(contact_email, 'null')) from visit where id = '" + linked + "'"));
            assertEquals(
                    "Wu Yi|+8613987654321|wu@example.com",
                    one(
                            s,
                            "select concat_ws('|', contact_name, contact_phone, "
                                    + "contact_email) from visit where id = '" + unknown + "'"),
                    "an unknown visitor keeps the contact");
            assertEquals("1234", one(s, "select licence_last4 from test_drive where id = '" + drive + "'"));
            assertNull(one(s, "select licence_last4 from test_drive where id = '" + shortLicence + "'"));
            assertEquals(
                    "0",
                    one(
                            s,
                            "select count(*) from information_schema.columns where table_name = 'test_drive' "
                                    + "and column_name = 'licence_number'"));
            assertEquals(
                    "0",
                    one(s, "select count(*) from idempotency_record where body like '%310101199001011234%'"),
                    "a stored answer replayed later must not bring the number back");
        } finally {
            pg.execute("drop database if exists " + database);
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Flyway's builder is single use: a fresh one per migration. */
    private interface Builder {
        org.flywaydb.core.api.configuration.FluentConfiguration get();
    }
}
