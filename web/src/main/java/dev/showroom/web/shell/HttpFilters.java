package dev.showroom.web.shell;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every answer of the web application carries: the security headers (a strict Content Security
 * Policy: scripts and styles from this origin only, no inline script or style), the CSRF cookie
 * ({@link Csrf}) and the language cookie when {@code ?lang=} switches it ({@link Language}).
 */
public class HttpFilters {

    @ConfigProperty(name = "showroom.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    /** Where forms may go besides this origin: Keycloak, because signing out posts a form that ends there. */
    @ConfigProperty(name = "showroom.web.csp.form-action", defaultValue = "")
    String formAction;

    void register(@Observes Filters filters) {
        String csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self'" + (formAction.isBlank() ? "" : " " + formAction.trim())
                + "; manifest-src 'self'";
        filters.register(
                ctx -> {
                    Cookie csrf = ctx.request().getCookie(Csrf.COOKIE);
                    String token = csrf == null || csrf.getValue().length() < 32 ? null : csrf.getValue();
                    if (token == null) {
                        token = Csrf.fresh();
                        ctx.response().addCookie(cookie(Csrf.COOKIE, token, -1));
                    }
                    ctx.put(Csrf.CONTEXT_KEY, token);
                    String lang = ctx.request().getParam(Language.COOKIE);
                    if (Language.supported(lang) != null) {
                        ctx.response()
                                .addCookie(cookie(
                                        Language.COOKIE,
                                        Language.supported(lang).toLanguageTag(),
                                        365L * 86400));
                    }
                    // the REST layer picks a template's locale from Accept-Language: make it the language chosen here
                    Cookie chosen = ctx.request().getCookie(Language.COOKIE);
                    ctx.request()
                            .headers()
                            .set(
                                    "Accept-Language",
                                    Language.resolve(
                                                    lang,
                                                    chosen == null ? null : chosen.getValue(),
                                                    ctx.request().getHeader("Accept-Language"))
                                            .toLanguageTag());
                    ctx.addHeadersEndHandler(v -> {
                        MultiMap headers = ctx.response().headers();
                        headers.set("Content-Security-Policy", csp);
                        headers.set("X-Content-Type-Options", "nosniff");
                        headers.set("X-Frame-Options", "DENY");
                        headers.set("Referrer-Policy", "same-origin");
                        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                        String type = headers.get("Content-Type");
                        if (type != null && type.startsWith("text/html")) {
                            // pages hold personal data: never kept by a shared tablet's cache or a proxy
                            headers.set("Cache-Control", "no-store");
                        }
                    });
                    ctx.next();
                },
                50);
    }

    private Cookie cookie(String name, String value, long maxAge) {
        Cookie cookie = Cookie.cookie(name, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSecure(secureCookies)
                .setSameSite(CookieSameSite.LAX);
        if (maxAge > 0) {
            cookie.setMaxAge(maxAge);
        }
        return cookie;
    }
}
