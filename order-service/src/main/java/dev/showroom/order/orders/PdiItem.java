package dev.showroom.order.orders;

/** The pre-delivery inspection: every item must pass before the car may be handed over. */
public enum PdiItem {
    EXTERIOR_BODY_AND_PAINT, INTERIOR_CLEAN_FILMS_REMOVED, FLUID_LEVELS, TYRES_AND_WHEELS, LIGHTS_AND_ELECTRICS,
    NO_WARNING_LIGHTS, ROAD_TEST, SPARE_KEY_AND_TOOLS
}
