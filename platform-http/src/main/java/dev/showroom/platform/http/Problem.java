package dev.showroom.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer of the suite.
 * {@code errors} names each offending field and the rule it broke.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One broken rule: {@code field} is the JSON path (e.g. {@code contact.phone}), {@code rule} a short code. */
    public record FieldError(String field, String rule, String message) {}

    public static URI typeOf(String slug) {
        return URI.create("https://showroom.dev/problems/" + slug);
    }
}
