package dev.showroom.web.sales;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body made from what a form sent. Blank fields are left out (the service decides whether they
 * are needed); numbers go as the user typed them, so a service that cannot read one names the field in its
 * problem+json and the form shows it beside the input (the console does not repeat the services' rules).
 */
public final class Body {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Body of() {
        return new Body();
    }

    public Body put(String name, Object value) {
        if (value instanceof String text) {
            if (!text.isBlank()) {
                values.put(name, text.strip());
            }
        } else if (value instanceof Body nested) {
            if (!nested.values.isEmpty()) {
                values.put(name, nested.values);
            }
        } else if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    /** Always present, even when blank: the service's own "required" answer then names the field. */
    public Body required(String name, String value) {
        values.put(name, value == null || value.isBlank() ? null : value.strip());
        return this;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Map<String, Object> map() {
        return values;
    }

    /** A checkbox: present (any value) is true. */
    public static boolean ticked(String value) {
        return value != null && !value.isBlank();
    }
}
