package dev.showroom.visit.reception;

/**
 * A phone enquiry or a showroom walk-in; PRESENTATION is the step of a product presentation's checkpoints
 * (docs/process.md, step 5), never the kind of a visit.
 */
public enum VisitKind {
    CALL,
    WALK_IN,
    PRESENTATION
}
