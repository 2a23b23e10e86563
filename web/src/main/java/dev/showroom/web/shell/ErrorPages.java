package dev.showroom.web.shell;

import dev.showroom.web.gateway.GatewayProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Whatever goes wrong ends on a page that says what happened and what to do, in the user's language,
 * never a stack trace: a service's refusal the screen did not handle, a service that does not answer,
 * an expired form, a page that does not exist. An htmx request gets the message only (it lands in the
 * part of the page it was meant to update).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** What went wrong, as the user needs to know it; each has a title and an advice message. */
    public enum Kind {
        BAD_REQUEST(400),
        SESSION_ENDED(401),
        NOT_ALLOWED(403),
        EXPIRED_FORM(403),
        NOT_FOUND(404),
        CONFLICT(409),
        GONE(410),
        TOO_MANY(429),
        UNAVAILABLE(503),
        BROKEN(500);

        final int status;

        Kind(int status) {
            this.status = status;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Thrown by the console itself to end on an error page of that kind. */
    public static class Refused extends RuntimeException {
        final Kind kind;

        public Refused(Kind kind) {
            super(kind.name(), null, false, false);
            this.kind = kind;
        }
    }

    @CheckedTemplate(basePath = "shell", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance error(Kind kind, String detail, String retryAfter, String correlationId);

        static native TemplateInstance error$message(Kind kind, String detail, String retryAfter, String correlationId);
    }

    @Inject
    HttpServerRequest request;

    @ServerExceptionMapper
    public Response gateway(GatewayProblem problem) {
        Kind kind = switch (problem.status()) {
            case 400, 422 -> Kind.BAD_REQUEST;
            case 401 -> Kind.SESSION_ENDED;
            case 403 -> Kind.NOT_ALLOWED;
            case 404 -> Kind.NOT_FOUND;
            case 409, 412 -> Kind.CONFLICT;
            case 410 -> Kind.GONE;
            case 429 -> Kind.TOO_MANY;
            default -> problem.status() >= 500 ? Kind.UNAVAILABLE : Kind.BAD_REQUEST;
        };
        if (problem.status() >= 500) {
            LOG.warnf(
                    "the gateway answered %d (correlation id %s)",
                    problem.status(), problem.problem().correlationId());
        }
        String detail = kind == Kind.BAD_REQUEST || kind == Kind.CONFLICT
                ? problem.problem().detail()
                : null;
        return page(kind, detail, problem.retryAfter(), problem.problem().correlationId());
    }

    @ServerExceptionMapper
    public Response refused(Refused refused) {
        return page(refused.kind, null, null, null);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("the gateway could not be reached: %s", e.getMessage());
        return page(Kind.UNAVAILABLE, null, null, null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(Kind.NOT_FOUND, null, null, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return page(Kind.NOT_FOUND, null, null, null);
    }

    @ServerExceptionMapper
    public Response broken(Exception e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web
                && web.getResponse().getStatus() < 500) {
            return page(web.getResponse().getStatus() == 403 ? Kind.NOT_ALLOWED : Kind.BAD_REQUEST, null, null, null);
        }
        LOG.errorf(e, "a page failed: %s %s", request.method(), request.path());
        return page(Kind.BROKEN, null, null, null);
    }

    private Response page(Kind kind, String detail, String retryAfter, String correlationId) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        TemplateInstance body = htmx
                ? Templates.error$message(kind, detail, retryAfter, correlationId)
                : Templates.error(kind, detail, retryAfter, correlationId);
        Response.ResponseBuilder answer = Response.status(kind.status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body);
        if (retryAfter != null) {
            answer.header("Retry-After", retryAfter);
        }
        return answer.build();
    }
}
