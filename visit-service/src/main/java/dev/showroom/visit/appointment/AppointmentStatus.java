package dev.showroom.visit.appointment;

/** TO_INVITE is the consultant's invitation task (from lead.qualified); the rest is a booked appointment's life. */
public enum AppointmentStatus {
    TO_INVITE,
    BOOKED,
    ATTENDED,
    NO_SHOW,
    CANCELLED
}
