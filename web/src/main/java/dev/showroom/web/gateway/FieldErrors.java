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

    /**
     * One broken rule: {@code rule} as the service named it ({@code notBlank}, {@code pattern}, {@code wholePhone}…;
     * null when the console made it), {@code message} as the service worded it. The tag shows
     * {@code {msg:violation(rule, message)}}: the rule in the page's language, else the service's words.
     */
    public record Violation(String rule, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    private final Map<String, List<Violation>> byField = new LinkedHashMap<>();
    private final List<Violation> general = new ArrayList<>();

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
            Violation violation = new Violation(e.rule(), text);
            if (key.isBlank() || key.equals("$")) {
                errors.general.add(violation);
            } else {
                errors.byField.computeIfAbsent(key, k -> new ArrayList<>()).add(violation);
            }
        }
        if (problem.errors().isEmpty()) {
            // a stale If-Match (412) is said in the page's language: the rule is the problem's type
            String rule = failure.status() == 412 ? "precondition-failed" : null;
            errors.general.add(new Violation(
                    rule,
                    problem.detail() != null
                            ? problem.detail()
                            : problem.title() != null ? problem.title() : "HTTP " + failure.status()));
        }
        return errors;
    }

    /** An error the console found itself (rule null: the message is shown as it is). */
    public FieldErrors add(String field, String message) {
        return add(field, new Violation(null, message));
    }

    public FieldErrors add(String field, Violation violation) {
        if (this == NONE) {
            return new FieldErrors().add(field, violation);
        }
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(violation);
        return this;
    }

    /** An error of the whole form (not of one field). */
    public FieldErrors addGeneral(Violation violation) {
        if (this == NONE) {
            return new FieldErrors().addGeneral(violation);
        }
        general.add(violation);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    /**
     * Whether a field among {@code shown} (comma-separated) is marked: only then does the form's summary ask to
     * correct "the fields marked below" (a stale version, 412, or an error of the whole form marks none).
     */
    public boolean marks(String shown) {
        for (String field : shown.split("\\s*,\\s*")) {
            if (byField.containsKey(field)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any field is marked (the summary's "fields marked below" is then true). */
    public boolean anyField() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Violation> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<Violation> general() {
        return general;
    }

    /** Every field that has an error, in the order the service named them. */
    public java.util.Set<String> fields() {
        return byField.keySet();
    }

    /**
     * The general messages plus those of fields not among {@code shown} (comma-separated): nothing the
     * service said is lost because the form has no input of that name.
     */
    public List<Violation> others(String shown) {
        List<String> fields = List.of(shown.split("\\s*,\\s*"));
        List<Violation> all = new ArrayList<>(general);
        byField.forEach((field, violations) -> {
            if (!fields.contains(field)) {
                violations.forEach(v -> all.add(new Violation(null, field + ": " + v.message())));
            }
        });
        return all;
    }
}
