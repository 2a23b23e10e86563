package dev.showroom.aftersales.messaging;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/**
 * The events that call for a message: a walk-in (thank-you; visit.recorded, which the checkpoint tally consumes
 * and hands on), a test drive booked (confirmation), an appointment's reminder due (visit-service's job, the day
 * before), the car ready for the handover (the delivery invitation; order.ready-for-delivery) and a delivery
 * delayed (order.delayed). Each fact sends once: the inbox applies an event once, and the message's source key (the
 * visit, the test drive, the order, the delayed date) keeps a fact announced twice from sending twice.
 */
@ApplicationScoped
public class MessageTriggers {

    @Inject
    Messages messages;

    @Inject
    DealerProfiles profiles;

    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.TESTDRIVE_BOOKED, Events.TestDriveBooked.class, this::onTestDriveBooked)
                .event(Topics.APPOINTMENT_REMINDER_DUE, Events.AppointmentReminderDue.class, this::onReminderDue)
                .event(Topics.ORDER_READY_FOR_DELIVERY, Events.OrderReadyForDelivery.class, this::onReadyForDelivery)
                .event(Topics.ORDER_DELAYED, Events.OrderDelayed.class, this::onDelayed);
    }

    /**
     * The PDI passed: the customer is invited to the handover, once per order. order-service knows no agreed
     * handover time, only the expected delivery date: the invitation names that day, or (none, or already past)
     * a day the consultant will agree with them.
     */
    void onReadyForDelivery(IncomingEvent<Events.OrderReadyForDelivery> event) {
        Events.OrderReadyForDelivery e = event.payload();
        Customer c = Customer.findOrCreate(e.leadId(), Customer.Status.PROSPECT);
        String language = messages.language(e.dealerId());
        LocalDate today = profiles.today(e.dealerId());
        String day =
                e.expectedDeliveryDate() == null || e.expectedDeliveryDate().isBefore(today)
                        ? TemplateText.dayToAgree(language)
                        : e.expectedDeliveryDate().toString();
        messages.queue(
                e.dealerId(),
                c,
                MessageKind.DELIVERY_INVITATION,
                "delivery-invitation:" + e.orderId(),
                Map.of("time", day, "model", c.model == null ? TemplateText.car(language) : c.model));
    }

    /**
     * A delivery date near or past without a car: the customer is told, with the new expected date when a car is
     * on its way ({@link #tellsCustomer}), once per order and expected date.
     */
    void onDelayed(IncomingEvent<Events.OrderDelayed> event) {
        Events.OrderDelayed e = event.payload();
        if (!tellsCustomer(e.kind(), e.expectedDeliveryDate(), e.incomingEta())) {
            return;
        }
        Customer c = Customer.findOrCreate(e.leadId(), Customer.Status.PROSPECT);
        String language = messages.language(e.dealerId());
        messages.queue(
                e.dealerId(),
                c,
                MessageKind.DELIVERY_DELAYED,
                "delay:" + e.orderId() + ":" + e.expectedDeliveryDate(),
                Map.of(
                        "time",
                        String.valueOf(e.expectedDeliveryDate()),
                        "date",
                        e.incomingEta() == null
                                ? TemplateText.toBeConfirmed(language)
                                : e.incomingEta().toString(),
                        "model",
                        c.model == null ? TemplateText.car(language) : c.model));
    }

    /**
     * Whether a delay announcement is the customer's news: OVERDUE (the date passed without a car) always; DUE_SOON
     * (staff's early warning) only when the car on its way is expected after the date, so the delay is certain.
     */
    static boolean tellsCustomer(String kind, LocalDate expected, LocalDate incomingEta) {
        if ("OVERDUE".equals(kind)) {
            return true;
        }
        return "DUE_SOON".equals(kind) && expected != null && incomingEta != null && incomingEta.isAfter(expected);
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
