package dev.showroom.web.shell;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/** Refuses a state-changing request without the CSRF token of its cookie (see {@link Csrf}). */
public class CsrfCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    @WithFormRead
    public Response check(ContainerRequestContext request, HttpServerRequest http) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        Cookie cookie = http.getCookie(Csrf.COOKIE);
        String given = request.getHeaderString(Csrf.HEADER);
        if (given == null) {
            given = Forms.current().get(Csrf.FIELD);
        }
        if (cookie == null || !Csrf.same(cookie.getValue(), given)) {
            throw new ErrorPages.Refused(ErrorPages.Kind.EXPIRED_FORM);
        }
        return null;
    }
}
