package dev.showroom.visit.appointment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.testing.RowsRead;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The reminder job looks across dealers every five minutes: it reads the booked appointments (at most those, whatever
 * other tests left), not the history of invitations and appointments every dealer has (it read the whole table on every
 * run before the index appointment_booked). Rows counted by PostgreSQL; the seeded history is rolled back.
 */
@QuarkusTest
class ReminderLookupsTest {

    private static final int HISTORY = 400;

    @Inject
    DataSource db;

    @Test
    void theJobsLookUpsReadTheBookedAppointmentsNotTheHistory() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // invitations to make and appointments attended, cancelled or missed, of three dealers, past and future
                s.executeUpdate(
                        "insert into appointment (id, dealer_id, lead_id, status, scheduled_at, reminder_sent_at,"
                                + " created_at, updated_at) select gen_random_uuid(), 'dealer-history-' || (n % 3),"
                                + " gen_random_uuid(), (array['TO_INVITE', 'ATTENDED', 'CANCELLED', 'NO_SHOW'])[1 + n % 4],"
                                + " now() + (n - " + HISTORY / 2
                                + ") * interval '1 hour', now() - interval '1 day', now(), now()"
                                + " from generate_series(1, " + HISTORY + ") n");
                s.execute("analyze appointment");
            }
            long toRemind = RowsRead.of(c, "appointment", AppointmentReminders.DEALERS_TO_REMIND, Instant.now());
            long missed = RowsRead.of(c, "appointment", AppointmentReminders.DEALERS_WITH_MISSED, Instant.now());
            long booked;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from appointment where status = 'BOOKED'")) {
                rs.next();
                booked = rs.getLong(1); // the module's other tests' appointments: the job must read those
            }
            c.rollback();
            assertTrue(
                    toRemind <= booked,
                    "appointment rows read to find the dealers to remind: " + toRemind + ", booked: " + booked);
            assertTrue(
                    missed <= booked,
                    "appointment rows read to find the dealers with no-shows: " + missed + ", booked: " + booked);
        }
    }
}
