package dev.showroom.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.showroom.platform.base.Correlation;
import dev.showroom.platform.base.TransientFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}: bean validation and malformed JSON name
 * the field and the rule; security failures are 401/403; anything unexpected is a 500 that says
 * nothing about the internals (the stack trace goes to the log with the correlation id).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response problem(
            int status, String slug, String title, String detail, String instance, List<Problem.FieldError> errors) {
        Problem body = new Problem(
                Problem.typeOf(slug),
                title,
                status,
                detail,
                instance,
                Correlation.correlationId(),
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response problemException(ProblemException e, UriInfo uri) {
        return problem(e.status(), e.slug(), e.title(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), ruleOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::rule))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(400, "validation", "Invalid request", detail, path(uri), errors);
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "a valid value" : describe(e.getTargetType());
        return problem(
                400,
                "validation",
                "Invalid request",
                field + ": must be " + expected,
                path(uri),
                List.of(new Problem.FieldError(field, "type", "must be " + expected)));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        String duplicate = duplicateKeyPath(e);
        if (duplicate != null) {
            return problem(
                    400,
                    "validation",
                    "Invalid request",
                    duplicate + ": appears twice in one object",
                    path(uri),
                    List.of(new Problem.FieldError(duplicate, "duplicateKey", "appears twice in one object")));
        }
        String field = e instanceof JsonMappingException jme ? jsonPath(jme) : "$";
        return problem(
                400,
                "malformed-json",
                "Malformed JSON",
                "The request body is not valid JSON",
                path(uri),
                List.of(new Problem.FieldError(field, "json", "not valid JSON here")));
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return problem(401, "unauthorized", "Unauthorized", "A valid bearer token is required", path(uri), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "Your role may not do this", path(uri), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps what the parser refused (malformed, a duplicate key): name it
            return jsonProcessing(json, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? title : e.getMessage();
        if (status >= 500) {
            LOG.errorf(e, "request failed with %d", status);
        }
        return problem(status, slugOf(title), title, detail, path(uri), null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable unavailable = TransientFailures.unavailableCause(e);
        if (unavailable != null) {
            LOG.warnf("dependency unavailable: %s", unavailable.toString());
            return problem(
                    503,
                    "unavailable",
                    "Service unavailable",
                    "A dependency of this service is not reachable; try again shortly",
                    path(uri),
                    null);
        }
        LOG.errorf(e, "unexpected failure");
        return problem(
                500,
                "internal",
                "Internal error",
                "Something went wrong on our side; quote the correlation id when you report it",
                path(uri),
                null);
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The field a strict parser found twice (JsonParser.Feature.STRICT_DUPLICATE_DETECTION), or null. */
    static String duplicateKeyPath(JsonProcessingException e) {
        if (e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Duplicate field")
                || !(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) {
            return null;
        }
        java.util.regex.Matcher name =
                java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(e.getOriginalMessage());
        com.fasterxml.jackson.core.JsonStreamContext object = parser.getParsingContext();
        String parent = object.getParent() == null
                ? ""
                : object.getParent().pathAsPointer().toString();
        String field = (parent.replaceFirst("^/", "")
                                .replaceAll("/(\\d+)(?=/|$)", "[$1]")
                                .replace('/', '.') + "." + (name.find() ? name.group(1) : "?"))
                .replaceFirst("^\\.", "")
                .replace(".[", "[");
        return field.isEmpty() ? "$" : field;
    }

    /** A Jackson path like {@code contact.phone} or {@code items[2].code}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(c.toString());
            }
            return "one of " + names;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a " + type.getSimpleName();
    }

    /**
     * The JSON field of a violation: the property path without the method name, and without the
     * parameter name when the parameter is a body or bean (its properties are the fields the client
     * sent); a simple query or path parameter keeps its own name.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.PARAMETER && !last) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "$" : field.toString();
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        String annotation =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
    }
}
