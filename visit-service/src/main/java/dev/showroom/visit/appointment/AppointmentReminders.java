package dev.showroom.visit.appointment;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.platform.jobs.PerDealer;
import dev.showroom.visit.reception.VisitKind;
import dev.showroom.visit.settings.DealerSettings;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The appointment reminder and the no-show, on one replica at a time. Within the dealer's reminder lead time
 * (reminderHoursBefore, 24 h: the day before) a booked appointment of a known lead is marked reminded and
 * announced on {@code appointment.reminder-due}, once (a conditional update claims it); aftersales-service sends the
 * reminder to a customer who consented. A reminded appointment still booked {@code no-show-after} (3 h) past its
 * time is closed: ATTENDED when a walk-in of the lead was recorded since the day before it, NO_SHOW otherwise.
 */
@ApplicationScoped
public class AppointmentReminders {

    private static final Logger LOG = Logger.getLogger(AppointmentReminders.class);

    @Inject
    EntityManager em;

    @Inject
    PerDealer perDealer;

    @Inject
    Clock clock;

    @Inject
    OneReplica oneReplica;

    @Inject
    Outbox outbox;

    @Inject
    DealerSettings settings;

    @ConfigProperty(name = "showroom.appointments.no-show-after", defaultValue = "PT3H")
    Duration noShowAfter;

    @Scheduled(
            every = "${showroom.appointments.reminder-check:5m}",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        oneReplica.run("visit.appointment-reminders", () -> {
            remind();
            closeMissed();
        });
    }

    /**
     * The dealers with a booked appointment to remind, across dealers: every run reads the booked appointments only
     * (index appointment_booked), not every invitation and appointment of the past.
     */
    static final String DEALERS_TO_REMIND = "select distinct dealer_id from appointment where status = 'BOOKED' "
            + "and reminder_sent_at is null and lead_id is not null and scheduled_at > ?1";

    /** The dealers with a reminded appointment nobody came to, across dealers (index appointment_booked). */
    static final String DEALERS_WITH_MISSED = "select distinct dealer_id from appointment where status = 'BOOKED' "
            + "and reminder_sent_at is not null and scheduled_at < ?1";

    /** @return how many reminders were announced now */
    public int remind() {
        Instant now = Instant.now(clock);
        List<String> dealers = perDealer.having(DEALERS_TO_REMIND, now);
        int reminded = perDealer.sum(dealers, dealer -> {
            Instant until = now.plus(Duration.ofHours(settings.of(dealer).reminderHoursBefore));
            List<Appointment> due = Appointment.list(
                    "status = ?1 and reminderSentAt is null and leadId is not null and scheduledAt > ?2 "
                            + "and scheduledAt <= ?3",
                    AppointmentStatus.BOOKED,
                    now,
                    until);
            int claimed = 0;
            for (Appointment a : due) {
                int updated = em.createQuery("update Appointment set reminderSentAt = ?1, updatedAt = ?1, "
                                + "version = version + 1 where id = ?2 and reminderSentAt is null "
                                + "and status = ?3")
                        .setParameter(1, now)
                        .setParameter(2, a.id)
                        .setParameter(3, AppointmentStatus.BOOKED)
                        .executeUpdate();
                if (updated == 1) {
                    outbox.publish(
                            Topics.APPOINTMENT_REMINDER_DUE,
                            a.leadId,
                            a.id,
                            new Events.AppointmentReminderDue(
                                    a.id, dealer, a.leadId, a.consultantId, a.scheduledAt, now));
                    claimed++;
                }
            }
            return claimed;
        });
        if (reminded > 0) {
            LOG.infof("%d appointment reminder(s) due announced", reminded);
        }
        return reminded;
    }

    /** @return how many reminded appointments were closed as no-shows now */
    public int closeMissed() {
        Instant before = Instant.now(clock).minus(noShowAfter);
        List<String> dealers = perDealer.having(DEALERS_WITH_MISSED, before);
        int noShows = perDealer.sum(dealers, dealer -> {
            int closed = 0;
            List<Appointment> missed = Appointment.list(
                    "status = ?1 and reminderSentAt is not null and scheduledAt < ?2",
                    AppointmentStatus.BOOKED,
                    before);
            for (Appointment a : missed) {
                long walkIns = a.leadId == null
                        ? 0
                        : (Long) em.createQuery("select count(v) from Visit v where v.leadId = ?1 "
                                        + "and v.kind = ?3 and v.occurredAt >= ?2")
                                .setParameter(1, a.leadId)
                                .setParameter(2, a.scheduledAt.minus(Duration.ofDays(1)))
                                .setParameter(3, VisitKind.WALK_IN)
                                .getSingleResult();
                AppointmentStatus outcome = walkIns > 0 ? AppointmentStatus.ATTENDED : AppointmentStatus.NO_SHOW;
                int updated = em.createQuery("update Appointment set status = ?1, updatedAt = ?2, "
                                + "version = version + 1 where id = ?3 and status = ?4")
                        .setParameter(1, outcome)
                        .setParameter(2, Instant.now(clock))
                        .setParameter(3, a.id)
                        .setParameter(4, AppointmentStatus.BOOKED)
                        .executeUpdate();
                if (updated == 1 && outcome == AppointmentStatus.NO_SHOW) {
                    closed++;
                }
            }
            return closed;
        });
        return noShows;
    }
}
