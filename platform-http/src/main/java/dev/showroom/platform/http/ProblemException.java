package dev.showroom.platform.http;

import java.util.List;

/**
 * Thrown by business code to answer with a problem. Use the factory methods: they keep titles and
 * types the same across services.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    /** 400: one field broke one rule. */
    public static ProblemException invalid(String field, String rule, String message) {
        return new ProblemException(
                400, "validation", "Invalid request", message, List.of(new Problem.FieldError(field, rule, message)));
    }

    /**
     * 400: the fields that broke their rules, all of them named (a form shows each message beside its field); the
     * first one's message is the detail. Nothing is thrown for no errors: call it with what a rule check found.
     */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(
                400, "validation", "Invalid request", errors.get(0).message(), List.copyOf(errors));
    }

    /** Throws {@link #invalid(List)} when a rule check found anything. */
    public static void refuseIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    /** 404: absent, or belonging to another dealer (never say which). */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " not found", null);
    }

    /** 409: the resource is not in a state that allows this. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    /**
     * 409 that names the rule of the refusal (and the field it concerns), so a client tells refusals apart by
     * {@code errors[0].rule} rather than by the wording of the detail.
     */
    public static ProblemException conflict(String field, String rule, String detail) {
        return new ProblemException(
                409, "conflict", "Conflict", detail, List.of(new Problem.FieldError(field, rule, detail)));
    }

    /** 403: authenticated, but this role may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    /** 412: the If-Match version is not the current one. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null);
    }

    /** 428: this update requires If-Match (the ETag of the version the client read) and it was missing. */
    public static ProblemException preconditionRequired() {
        return new ProblemException(
                428,
                "precondition-required",
                "Precondition required",
                "This update requires If-Match with the ETag of the version you read (GET it first)",
                null);
    }

    /** 422: the request is well formed but breaks a business rule; name the field when there is one. */
    public static ProblemException unprocessable(String field, String rule, String message) {
        return new ProblemException(
                422,
                "business-rule",
                "Business rule violated",
                message,
                field == null ? null : List.of(new Problem.FieldError(field, rule, message)));
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
