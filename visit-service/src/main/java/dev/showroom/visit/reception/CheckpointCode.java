package dev.showroom.visit.reception;

/** The satisfaction checkpoints of reception and presentation (docs/process.md, steps 3 and 5), each belonging to one kind of visit. */
public enum CheckpointCode {
    ANSWERED_IN_TIME(VisitKind.CALL),
    STANDARD_GREETING(VisitKind.CALL),
    NAME_AND_CONTACT_ASKED(VisitKind.CALL),
    KNOWS_THE_WAY_ASKED(VisitKind.CALL),
    INVITED_TO_VISIT(VisitKind.CALL),
    GREETED_AT_ONCE(VisitKind.WALK_IN),
    SELF_INTRODUCTION(VisitKind.WALK_IN),
    DRINKS_OFFERED(VisitKind.WALK_IN),
    NOT_PRESSED(VisitKind.WALK_IN),
    // seed 002, presenting the product: the biggest benefit first, the customer takes part, no competitor run down
    BIGGEST_BENEFIT_FIRST(VisitKind.PRESENTATION),
    CUSTOMER_TOOK_PART(VisitKind.PRESENTATION),
    NO_COMPETITOR_RUN_DOWN(VisitKind.PRESENTATION);

    public final VisitKind kind;

    CheckpointCode(VisitKind kind) {
        this.kind = kind;
    }
}
