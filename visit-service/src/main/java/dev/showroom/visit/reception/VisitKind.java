package dev.showroom.visit.reception;

/** A phone enquiry or a showroom walk-in. */
public enum VisitKind {
    CALL, WALK_IN
}
