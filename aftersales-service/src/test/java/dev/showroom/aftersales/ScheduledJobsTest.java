package dev.showroom.aftersales;

import static dev.showroom.aftersales.Fixtures.count;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.showroom.aftersales.complaint.SlaEscalation;
import dev.showroom.aftersales.survey.PeriodicSurveys;
import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.testing.Postgres;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The scheduled jobs run on every replica's scheduler: two runs at once (two threads here, as two replicas
 * whose job lock did not keep them apart) must still survey each customer once and escalate each complaint
 * once; and the job lock keeps a replica from running a job another replica is running.
 */
@QuarkusTest
class ScheduledJobsTest {

    @Inject
    PeriodicSurveys periodic;

    @Inject
    SlaEscalation sla;

    @Test
    void twoRunsOfThePeriodicSurveysAtOnceGiveEachCustomerOneSurveyAndOneCall() throws Exception {
        String dealer = "dealer-jobs-" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> leads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leads.add(surveyDue(dealer));
        }
        bothAtOnce("survey", periodic::scheduleDue);
        for (UUID lead : leads) {
            assertEquals(
                    1, count("select count(*) from survey where purpose = 'PERIODIC' and lead_id = '" + lead + "'"));
            assertEquals(
                    1,
                    count("select count(*) from follow_up_call where purpose = 'PERIODIC_SURVEY' and lead_id = '" + lead
                            + "'"));
        }
    }

    @Test
    void theDatabaseRefusesASecondPeriodicSurveyOfACustomerInOneMonth() throws Exception {
        UUID lead = surveyDue("dealer-jobs-" + UUID.randomUUID().toString().substring(0, 8));
        periodic.scheduleDue();
        SQLException refused = assertThrows(
                SQLException.class,
                () -> execute("insert into survey (id, dealer_id, "
                        + "template_id, template_code, template_version, purpose, lead_id, status, created_at, periodic_month) "
                        + "select gen_random_uuid(), dealer_id, template_id, template_code, template_version, purpose, lead_id, "
                        + "status, created_at, periodic_month from survey where purpose = 'PERIODIC' and lead_id = '"
                        + lead + "'"));
        assertEquals("23505", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void twoRunsOfTheSlaEscalationAtOnceEscalateAComplaintOnce() throws Exception {
        UUID complaint = breachedComplaint();
        bothAtOnce("complaint_note", sla::escalateBreached);
        assertEquals(
                1,
                count("select count(*) from complaint_note where kind = 'ESCALATION' and complaint_id = '" + complaint
                        + "'"));
        assertEquals(
                1, count("select count(*) from complaint where escalated_at is not null and id = '" + complaint + "'"));
    }

    @Test
    void theDatabaseRefusesASecondEscalationOfAComplaint() throws Exception {
        UUID complaint = breachedComplaint();
        sla.escalateBreached();
        SQLException refused = assertThrows(
                SQLException.class,
                () -> execute("insert into complaint_note "
                        + "(id, dealer_id, complaint_id, written_at, written_by, kind, text) select gen_random_uuid(), dealer_id, "
                        + "complaint_id, written_at, written_by, kind, text from complaint_note where kind = 'ESCALATION' "
                        + "and complaint_id = '" + complaint + "'"));
        assertEquals("23505", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void aJobRunningOnAnotherReplicaIsSkippedHere() throws Exception {
        UUID complaint = breachedComplaint();
        String escalated = "select count(*) from complaint where escalated_at is not null and id = '" + complaint + "'";
        long key = OneReplica.lockKey("aftersales.sla-escalation");
        try (Connection otherReplica = Postgres.get().connect()) {
            advisory(otherReplica, "select pg_advisory_lock(?)", key);
            sla.check();
            assertEquals(0, count(escalated), "not run while another replica runs it");
            advisory(otherReplica, "select pg_advisory_unlock(?)", key);
        }
        sla.check();
        assertEquals(1, count(escalated));
    }

    /**
     * Runs the job twice at once, as two replicas would. The test holds a lock on the table the job writes,
     * so that both runs have read what is due before either writes (the moment a double is made), then lets
     * them go. Neither run may fail.
     */
    private static void bothAtOnce(String table, Callable<?> job) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try (Connection holder = Postgres.get().connect()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("lock table " + table + " in share mode");
            List<Future<?>> runs = List.of(replicas.submit(job), replicas.submit(job));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> waitingForALock() >= 2 || runs.stream().allMatch(Future::isDone));
            holder.commit();
            for (Future<?> run : runs) {
                try {
                    run.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw new AssertionError("a run failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            replicas.shutdownNow();
        }
    }

    private static long waitingForALock() throws Exception {
        return count(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
    }

    /** A customer delivered 200 days ago whose last survey is as old: due for a periodic survey. */
    private static UUID surveyDue(String dealer) throws Exception {
        UUID lead = UUID.randomUUID();
        Fixtures.deliver(
                dealer, lead, UUID.randomUUID(), "li.wei", Instant.now().minus(Duration.ofDays(200)));
        execute("update survey set created_at = created_at - interval '200 days' where lead_id = '" + lead + "'");
        return lead;
    }

    /** An open complaint whose acknowledgement deadline has passed. */
    private static UUID breachedComplaint() throws Exception {
        UUID id = UUID.randomUUID();
        execute("insert into complaint (id, dealer_id, channel, category, severity, priority, status, opened_at, "
                + "opened_by, acknowledge_by, resolve_by) values ('" + id + "', 'dealer-jobs-"
                + id.toString().substring(0, 8) + "', 'PHONE', "
                + "'DELIVERY', 'MEDIUM', 2, 'OPEN', now() - interval '2 days', 'zhou.care', now() - interval '1 day', "
                + "now() + interval '5 days')");
        return id;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = Postgres.get().connect()) {
            c.createStatement().execute(sql);
        }
    }

    private static void advisory(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            ps.execute();
        }
    }
}
