package dev.showroom.suite.demo;

import dev.showroom.suite.Database;
import dev.showroom.suite.SuiteException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The one thing the APIs cannot do: let a month pass. Everything of the demo is created through the
 * gateway today (calls and walk-ins already carry their real dates); this then moves the prospects'
 * first contact and follow-ups, and the early buyers' journey from test drive to delivery, back to the
 * days the demo says they happened, so that cadences fall due and the overdue lists fill as in a real
 * month. Only timestamps of the demo's own rows change. Idempotent: leads get absolute times derived
 * from the first run, and a journey moves only while it still lies after that run's start.
 */
final class Backdating {

    /** When a prospect was first in touch, last followed up (null: never), and the grade's cadence. */
    record LeadTimes(String leadId, Instant firstContact, Instant lastFollowUp, int cadenceDays) {}

    private final Function<String, Database.Admin> databases;

    Backdating(Function<String, Database.Admin> databases) {
        this.databases = databases;
    }

    void leads(List<LeadTimes> leads) {
        in("lead", "the demo leads", c -> {
            c.setAutoCommit(false);
            for (LeadTimes l : leads) {
                Instant touched = l.lastFollowUp() != null ? l.lastFollowUp() : l.firstContact();
                Instant due = touched.plus(java.time.Duration.ofDays(l.cadenceDays()));
                update(
                        c,
                        "update lead set created_at = ?, consent_at = case when consent_at is null then null else ?::timestamptz end, "
                                + "last_follow_up_at = case when last_follow_up_at is null then null else ?::timestamptz end, "
                                + "next_follow_up_at = case when next_follow_up_at is null then null else ?::timestamptz end, "
                                + "qualified_at = case when qualified_at is null then null else ?::timestamptz end, "
                                + "defeated_at = case when defeated_at is null then null else ?::timestamptz end where id = ?::uuid",
                        l.firstContact(),
                        l.firstContact(),
                        touched,
                        due,
                        touched,
                        touched,
                        l.leadId());
                // the first contact ends the lead's wait (the response time): a walk-in or caller was in contact at
                // capture; an online or referral lead called back was reached 3 to 92 minutes after it came in (by
                // its id, the same on every run), one never called back still waits (and, within the last days,
                // the response-time check hands it on and alerts the manager)
                update(
                        c,
                        "update lead set first_contact_at = case when channel in ('WALK_IN', 'PHONE') then ?::timestamptz "
                                + "when ?::timestamptz is null then null else least(?::timestamptz, "
                                + "?::timestamptz + make_interval(mins => 3 + abs(hashtext(id::text)) % 90)) end, "
                                + "last_contact_at = greatest(case when channel in ('WALK_IN', 'PHONE') then ?::timestamptz end, "
                                + "?::timestamptz), first_contact_consultant_id = consultant_id, "
                                // every demo prospect is called later in the run (the showroom's calls): the
                                // response-time check must not hand one on before its call is recorded
                                + "response_checked_at = coalesce(response_checked_at, now()) where id = ?::uuid",
                        l.firstContact(),
                        l.lastFollowUp(),
                        touched,
                        l.firstContact(),
                        l.firstContact(),
                        l.lastFollowUp(),
                        l.leadId());
                update(
                        c,
                        "update lead_contact set occurred_at = ? where lead_id = ?::uuid",
                        l.firstContact(),
                        l.leadId());
                update(
                        c,
                        "update follow_up set occurred_at = ?, next_follow_up_at = ? where lead_id = ?::uuid",
                        touched,
                        due,
                        l.leadId());
            }
            c.commit();
        });
    }

    /** An enquiry nobody called back: it came in {@code ago} before now (the response-time check finds it late). */
    void unanswered(String leadId, java.time.Duration ago) {
        in(
                "lead",
                "the unanswered enquiry",
                c -> update(
                        c,
                        "update lead set created_at = now() - make_interval(secs => ?), consent_at = now() - make_interval(secs => ?), "
                                + "next_follow_up_at = next_follow_up_at - make_interval(secs => ?) "
                                + "where id = ?::uuid and first_contact_at is null",
                        ago.toSeconds(),
                        ago.toSeconds(),
                        ago.toSeconds(),
                        leadId));
        in(
                "lead",
                "the unanswered enquiry's contact",
                c -> update(
                        c,
                        "update lead_contact set occurred_at = now() - make_interval(secs => ?) where lead_id = ?::uuid",
                        ago.toSeconds(),
                        leadId));
    }

    /**
     * Moves one buyer's test drive and quote {@code days} back, the order one day less, and allocation,
     * PDI, delivery and the after-sales call plan three days less than the drive.
     */
    void journey(String leadId, String orderId, int days, Instant firstRunStart) {
        Timestamp guard = Timestamp.from(firstRunStart.minus(java.time.Duration.ofHours(1)));
        int drive = days;
        int order = days - 1;
        int delivery = days - 3;
        in("visit", "the test drive of lead " + leadId, c -> {
            update(
                    c,
                    "update test_drive set slot_start = slot_start - make_interval(days => ?), "
                            + "slot_end = slot_end - make_interval(days => ?), booked_at = booked_at - make_interval(days => ?), "
                            + "started_at = started_at - make_interval(days => ?), "
                            + "licence_checked_at = licence_checked_at - make_interval(days => ?), "
                            + "completed_at = completed_at - make_interval(days => ?) "
                            + "where lead_id = ?::uuid and status = 'COMPLETED' and completed_at > ?",
                    drive,
                    drive,
                    drive,
                    drive,
                    drive,
                    drive,
                    leadId,
                    guard);
        });
        in("order", "the order of lead " + leadId, c -> {
            update(
                    c,
                    "update quote set created_at = created_at - make_interval(days => ?), "
                            + "issued_at = issued_at - make_interval(days => ?), decided_at = decided_at - make_interval(days => ?) "
                            + "where lead_id = ?::uuid and created_at > ?",
                    drive,
                    drive,
                    drive,
                    leadId,
                    guard);
            update(
                    c,
                    "update sales_order set created_at = created_at - make_interval(days => ?), "
                            + "signed_at = signed_at - make_interval(days => ?), "
                            + "deposit_paid_at = deposit_paid_at - make_interval(days => ?), "
                            + "allocated_at = allocated_at - make_interval(days => ?), "
                            + "pdi_passed_at = pdi_passed_at - make_interval(days => ?), "
                            + "delivered_at = delivered_at - make_interval(days => ?) where id = ?::uuid and delivered_at > ?",
                    order,
                    order,
                    order,
                    delivery,
                    delivery,
                    delivery,
                    orderId,
                    guard);
        });
        in("lead", "the lead " + leadId, c -> {
            update(
                    c,
                    "update lead set test_driven_at = test_driven_at - make_interval(days => ?), "
                            + "needs_analysed_at = needs_analysed_at - make_interval(days => ?), "
                            + "quoted_at = quoted_at - make_interval(days => ?), ordered_at = ordered_at - make_interval(days => ?), "
                            + "delivered_at = delivered_at - make_interval(days => ?) where id = ?::uuid and delivered_at > ?",
                    drive,
                    drive,
                    drive,
                    order,
                    delivery,
                    leadId,
                    guard);
        });
        in("aftersales", "the after-sales plan of lead " + leadId, c -> {
            update(
                    c,
                    "update follow_up_call set due_at = due_at - make_interval(days => ?), "
                            + "created_at = created_at - make_interval(days => ?) where order_id = ?::uuid and created_at > ?",
                    delivery,
                    delivery,
                    orderId,
                    guard);
            update(
                    c,
                    "update customer set delivered_at = delivered_at - make_interval(days => ?), "
                            + "last_test_drive_at = last_test_drive_at - make_interval(days => ?) "
                            + "where lead_id = ?::uuid and delivered_at > ?",
                    delivery,
                    drive,
                    leadId,
                    guard);
        });
    }

    /**
     * Moves an order that still owes (not delivered) {@code days} back: its contract, deposit and payments, so that
     * the receivables report ages it. Once: only while its signature still lies after the first run's start.
     */
    void owing(String orderId, int days, Instant firstRunStart) {
        Timestamp guard = Timestamp.from(firstRunStart.minus(java.time.Duration.ofHours(1)));
        in(
                "order",
                "the order " + orderId,
                c -> update(
                        c,
                        "update sales_order set created_at = created_at - make_interval(days => ?), "
                                + "signed_at = signed_at - make_interval(days => ?), "
                                + "deposit_paid_at = deposit_paid_at - make_interval(days => ?) "
                                + "where id = ?::uuid and delivered_at is null and signed_at > ?",
                        days,
                        days,
                        days,
                        orderId,
                        guard));
    }

    /** One connection's worth of work on a database that may fail with SQL. */
    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on the service's database; a failure says what could not be backdated. */
    /**
     * An order the factory is late for: its expected delivery date moves {@code days} back (into the past: the
     * delays report shows it overdue), once (a second run finds the date past already and leaves it).
     */
    void lateOrder(String orderId, int days) {
        in(
                "order",
                "the late order " + orderId,
                c -> update(
                        c,
                        "update sales_order set expected_delivery_date = expected_delivery_date - ?, "
                                + "terms = jsonb_set(terms, '{expectedDeliveryDate}', to_jsonb((expected_delivery_date - ?)::text)) "
                                + "where id = ?::uuid and expected_delivery_date >= current_date",
                        days,
                        days,
                        orderId));
    }

    /**
     * An appointment booked for later moved back to {@code at}, reminded the day before (as visit-service's reminder
     * job does), so that the customer can be marked a no-show; once (only while it still lies ahead and is booked).
     */
    void missedAppointment(String appointmentId, Instant at) {
        in(
                "visit",
                "the appointment " + appointmentId,
                c -> update(
                        c,
                        "update appointment set scheduled_at = ?, reminder_sent_at = ?, created_at = least(created_at, ?), "
                                + "updated_at = ? where id = ?::uuid and status = 'BOOKED' and scheduled_at > now()",
                        at,
                        at.minus(java.time.Duration.ofHours(22)),
                        at.minus(java.time.Duration.ofDays(2)),
                        at.minus(java.time.Duration.ofHours(22)),
                        appointmentId));
    }

    private void in(String service, String what, SqlWork work) {
        try (Connection c = connect(service)) {
            work.run(c);
        } catch (SQLException e) {
            throw new SuiteException("cannot backdate " + what + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String service) throws SQLException {
        Database.Admin db = databases.apply(service);
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                ps.setObject(i + 1, p instanceof Instant instant ? Timestamp.from(instant) : p);
            }
            ps.executeUpdate();
        }
    }
}
