package dev.showroom.web.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one form, to show beside each field: made from a service's problem+json
 * ({@link #of(GatewayProblem)}) or by the screen itself ({@link #add}). A field's key is the last part of the
 * problem's field path ({@code contact.phone} → {@code phone}; a query parameter is named as it is), so a form
 * names its inputs like the API's fields. Errors for fields the form does not show end up in
 * {@link #general()} when the template asks {@link #others(String)}.
 *
 * <p>In a template: {@code {#fieldError errors 'phone' /}} prints the messages with the id
 * {@code phone-error}; the input takes {@code aria-describedby="phone-error"} and
 * {@code {#if errors.has('phone')}aria-invalid="true"{/if}}.
 */
public final class FieldErrors {

    private static final FieldErrors NONE = new FieldErrors();

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FieldErrors none() {
        return NONE;
    }

    public static FieldErrors of(GatewayProblem failure) {
        FieldErrors errors = new FieldErrors();
        Problem problem = failure.problem();
        for (Problem.FieldError e : problem.errors()) {
            String field = e.field() == null ? "" : e.field();
            String key = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
            String text = e.message() != null && !e.message().isBlank() ? e.message() : e.rule();
            if (key.isBlank()) {
                errors.general.add(text);
            } else {
                errors.byField.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
            }
        }
        if (problem.errors().isEmpty()) {
            errors.general.add(problem.detail() != null ? problem.detail()
                    : problem.title() != null ? problem.title() : "HTTP " + failure.status());
        }
        return errors;
    }

    public FieldErrors add(String field, String message) {
        if (this == NONE) {
            return new FieldErrors().add(field, message);
        }
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<String> general() {
        return general;
    }

    /**
     * The general messages plus those of fields not among {@code shown} (comma-separated): nothing the
     * service said is lost because the form has no input of that name.
     */
    public List<String> others(String shown) {
        List<String> fields = List.of(shown.split("\\s*,\\s*"));
        List<String> all = new ArrayList<>(general);
        byField.forEach((field, messages) -> {
            if (!fields.contains(field)) {
                messages.forEach(m -> all.add(field + ": " + m));
            }
        });
        return all;
    }
}
