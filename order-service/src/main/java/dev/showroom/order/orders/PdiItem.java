package dev.showroom.order.orders;

import dev.showroom.platform.http.ProblemException;
import java.util.Map;

/** The pre-delivery inspection: every item must pass before the car may be handed over. */
public enum PdiItem {
    EXTERIOR_BODY_AND_PAINT,
    INTERIOR_CLEAN_FILMS_REMOVED,
    FLUID_LEVELS,
    TYRES_AND_WHEELS,
    LIGHTS_AND_ELECTRICS,
    NO_WARNING_LIGHTS,
    ROAD_TEST,
    SPARE_KEY_AND_TOOLS;

    /** 400 naming the first item (in this order) the inspection does not report. */
    public static void requireEvery(Map<PdiItem, Boolean> reported) {
        for (PdiItem item : values()) {
            if (!reported.containsKey(item)) {
                throw ProblemException.invalid("items." + item, "required", "every PDI item must be reported");
            }
        }
    }
}
