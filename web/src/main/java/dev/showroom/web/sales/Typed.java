package dev.showroom.web.sales;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user typed into a form, to show again beside the service's errors (nothing typed is lost when a
 * form comes back with a 400). Templates: {@code {typed.get('outcome')}}, {@code {typed.has('need')}}.
 */
public final class Typed {

    private static final Typed NONE = new Typed(Map.of());

    private final Map<String, List<String>> values;

    private Typed(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Typed none() {
        return NONE;
    }

    public static Typed of(Object... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof List<?> list) {
                values.put(
                        (String) namesAndValues[i],
                        list.stream().map(String::valueOf).toList());
            } else if (value != null) {
                values.put((String) namesAndValues[i], List.of(String.valueOf(value)));
            }
        }
        return new Typed(values);
    }

    /** The value typed, or "" (so a template can print it as it is). */
    public String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** The value typed, or the fallback when the field was not sent. */
    public String or(String name, Object fallback) {
        return values.containsKey(name) ? get(name) : fallback == null ? "" : String.valueOf(fallback);
    }

    /** A ticked checkbox, or one of several values chosen. */
    public boolean has(String name) {
        List<String> v = values.get(name);
        return v != null && v.stream().anyMatch(s -> !s.isBlank());
    }

    /** A checkbox as sent when this form came back, else as the service knows it. */
    public boolean tick(String name, boolean fallback) {
        return values.isEmpty() ? fallback : has(name);
    }

    /** The field was sent with this value (a select's option). */
    public boolean is(String name, Object value) {
        return value != null && String.valueOf(value).equals(get(name));
    }

    public boolean chose(String name, String value) {
        List<String> v = values.get(name);
        return v != null && v.contains(value);
    }

    public boolean any() {
        return !values.isEmpty();
    }
}
