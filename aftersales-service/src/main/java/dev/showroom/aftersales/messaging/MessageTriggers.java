package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The events that call for a message: a walk-in (thank-you; visit.recorded, which the checkpoint tally consumes
 * and hands on), a test drive booked (confirmation), an appointment's reminder due (visit-service's job, the day before). Each fact sends once: the inbox applies an event once, and
 * the message's source key (the visit, the test drive) keeps a fact announced twice from sending twice.
 */
@ApplicationScoped
public class MessageTriggers {

    @Inject
    Messages messages;

    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.TESTDRIVE_BOOKED, Events.TestDriveBooked.class, this::onTestDriveBooked)
                .event(Topics.APPOINTMENT_REMINDER_DUE, Events.AppointmentReminderDue.class, this::onReminderDue);
    }

    /** A walk-in of a known customer: the thank-you (a call or an unknown visitor: nothing). */
    public void visitRecorded(Events.VisitRecorded v) {
        if (v.leadId() == null || !"WALK_IN".equals(v.kind())) {
            return;
        }
        Customer c = Customer.findOrCreate(v.leadId(), Customer.Status.PROSPECT);
        messages.queue(v.dealerId(), c, MessageKind.VISIT_THANK_YOU, "visit:" + v.visitId(), Map.of());
    }

    /** visit-service's reminder job, the day before a booked appointment: the reminder with its time. */
    void onReminderDue(IncomingEvent<Events.AppointmentReminderDue> event) {
        Events.AppointmentReminderDue e = event.payload();
        Customer c = Customer.findOrCreate(e.leadId(), Customer.Status.PROSPECT);
        messages.queue(
                e.dealerId(),
                c,
                MessageKind.APPOINTMENT_REMINDER,
                "appointment:" + e.appointmentId() + ":" + e.scheduledAt(),
                Map.of("time", messages.localTime(e.dealerId(), e.scheduledAt())));
    }

    void onTestDriveBooked(IncomingEvent<Events.TestDriveBooked> event) {
        Events.TestDriveBooked e = event.payload();
        if (e.leadId() == null) {
            return;
        }
        Customer c = Customer.findOrCreate(e.leadId(), Customer.Status.PROSPECT);
        messages.queue(
                e.dealerId(),
                c,
                MessageKind.TEST_DRIVE_CONFIRMATION,
                "test-drive:" + e.testDriveId(),
                Map.of(
                        "time",
                        messages.localTime(e.dealerId(), e.slotStart()),
                        "model",
                        e.model() == null ? "" : e.model()));
    }
}
