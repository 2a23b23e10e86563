package dev.showroom.lead.prospect;

/**
 * How far a lead has come; the rank only grows, except when an order is cancelled. The rank is stored (the
 * funnel counts "at least this stage" by it): a stage added between two others moves the later ranks in a
 * migration (PRESENTED: V4_19; NEEDS_ANALYSED: V8_1).
 */
public enum Stage {
    NEW,
    VISITED,
    /** A needs analysis was recorded (step 4, needs.analysed). */
    NEEDS_ANALYSED,
    PRESENTED,
    TEST_DRIVEN,
    QUOTED,
    ORDERED,
    DELIVERED;

    public int rank() {
        return ordinal();
    }
}
