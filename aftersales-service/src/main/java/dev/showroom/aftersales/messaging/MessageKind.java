package dev.showroom.aftersales.messaging;

/** What a message to a customer is for: each has its template per dealer and language. */
public enum MessageKind {
    /** After a walk-in (visit.recorded). */
    VISIT_THANK_YOU,
    /** The day before a booked showroom appointment (appointment.reminder-due). */
    APPOINTMENT_REMINDER,
    /** A test drive booked (testdrive.booked). */
    TEST_DRIVE_CONFIRMATION,
    /** The customer is invited to the handover (sent by staff with the date agreed). */
    DELIVERY_INVITATION,
    /** A satisfaction survey to answer (sent by staff with the survey's page). */
    SURVEY_LINK,
    /** A holiday greeting to every customer who consented (a manager's campaign). */
    HOLIDAY_GREETING
}
