package dev.showroom.order.catalogue;

/** What a model is sold with: one trim, one colour, any options; each priced on a price list. */
public enum ItemKind {
    TRIM,
    COLOUR,
    OPTION
}
