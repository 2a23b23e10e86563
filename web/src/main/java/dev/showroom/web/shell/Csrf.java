package dev.showroom.web.shell;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery: a double-submit cookie. Every answer carries the {@code csrf} cookie (made
 * once, random); every form sends it back in the field {@code _csrf} ({@code {#csrf /}} in a template) and
 * every htmx request in the header {@code X-CSRF-Token} (set once on {@code <body>}); {@link CsrfCheck}
 * refuses a POST, PUT, PATCH or DELETE whose value differs from the cookie's. A foreign site can neither
 * read the cookie nor set it, so it cannot forge the field. Templates read the value with
 * {@code {inject:csrf.token}}.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String COOKIE = "csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String CONTEXT_KEY = "showroom.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext context;

    /** The token of this browser (from its cookie, or the one made for this answer). */
    public String token() {
        String token = context.get(CONTEXT_KEY);
        return token == null ? "" : token;
    }

    public String field() {
        return FIELD;
    }

    static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Constant-time comparison: the time taken says nothing about how much of the token was right. */
    static boolean same(String expected, String given) {
        if (expected == null || given == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
