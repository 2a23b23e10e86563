package dev.showroom.lead.stage;

/** How far a lead has come; the rank only grows, except when an order is cancelled. */
public enum Stage {
    NEW, VISITED, TEST_DRIVEN, QUOTED, ORDERED, DELIVERED;

    public int rank() {
        return ordinal();
    }
}
