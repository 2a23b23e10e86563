package dev.showroom.lead.prospect;

/**
 * H buys within 7 days, A within 15, B within 30, C within 3 months; O ordered and F defeated are set
 * by the order and the defeat, never by hand.
 */
public enum Grade {
    H,
    A,
    B,
    C,
    O,
    F;

    public boolean manual() {
        return this != O && this != F;
    }
}
