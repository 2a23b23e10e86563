package dev.showroom.lead.intake;

import java.util.Arrays;
import java.util.Locale;

import dev.showroom.platform.http.ProblemException;

/** Enum query parameters: an unknown value is a 400 naming the parameter (JAX-RS alone would answer 404). */
public final class QueryEnums {

    private QueryEnums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "enum", field + " must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
