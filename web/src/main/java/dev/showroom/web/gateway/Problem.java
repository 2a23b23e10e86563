package dev.showroom.web.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A service's {@code application/problem+json} answer as the gateway passed it on: {@code errors} names
 * each broken field (its JSON path, e.g. {@code phone} or {@code contact.phone}) and the rule.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(
        String type, String title, int status, String detail, String correlationId, List<FieldError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String rule, String message) {}

    public List<FieldError> errors() {
        return errors == null ? List.of() : errors;
    }

    /** The last part of a type URI ({@code https://showroom.dev/problems/validation} → {@code validation}). */
    public String slug() {
        return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
    }
}
