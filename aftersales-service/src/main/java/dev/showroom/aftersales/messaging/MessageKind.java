package dev.showroom.aftersales.messaging;

/** What a message to a customer is for: each has its template per dealer and language. */
public enum MessageKind {
    /** After a walk-in (visit.recorded). */
    VISIT_THANK_YOU,
    /** The day before a booked showroom appointment (appointment.reminder-due). */
    APPOINTMENT_REMINDER,
    /** A test drive booked (testdrive.booked). */
    TEST_DRIVE_CONFIRMATION,
    /**
     * The car is ready: the customer is invited to the handover (order.ready-for-delivery, with the expected
     * delivery date; or sent by staff with the time agreed).
     */
    DELIVERY_INVITATION,
    /** The expected delivery date is past (or will be) without a car: the new date if known (order.delayed). */
    DELIVERY_DELAYED,
    /** A satisfaction survey to answer: its single-use page (a survey's link sent by staff or care). */
    SURVEY_LINK,
    /** A holiday greeting to every customer who consented (a manager's campaign). */
    HOLIDAY_GREETING
}
