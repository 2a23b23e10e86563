package dev.showroom.web.shell;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: {@code ?lang=} (which also sets the cookie, see {@link LanguageSwitch}),
 * else the {@code lang} cookie, else the browser's Accept-Language, else Simplified Chinese (the dealers'
 * language). Only the two languages of the console: zh-CN and en.
 */
@Named("lang")
@RequestScoped
public class Language {

    public static final String COOKIE = "lang";
    public static final Locale ZH = Locale.forLanguageTag("zh-CN");
    public static final Locale EN = Locale.ENGLISH;

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = resolve(request.getParam(COOKIE), cookie(), request.getHeader("Accept-Language"));
        }
        return locale;
    }

    /** "zh-CN" or "en", for {@code <html lang>} and the switch. */
    public String tag() {
        return locale().equals(EN) ? "en" : "zh-CN";
    }

    public boolean english() {
        return locale().equals(EN);
    }

    private String cookie() {
        Cookie c = request.getCookie(COOKIE);
        return c == null ? null : c.getValue();
    }

    static Locale resolve(String param, String cookie, String acceptLanguage) {
        Locale chosen = supported(param);
        if (chosen == null) {
            chosen = supported(cookie);
        }
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("zh")) {
                        return ZH;
                    }
                    if (tag.startsWith("en")) {
                        return EN;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: fall back to the default below
            }
        }
        return ZH;
    }

    /** The locale for a value of the switch or the cookie, null for anything else. */
    static Locale supported(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "zh-cn", "zh" -> ZH;
            default -> null;
        };
    }

    public static List<Locale> all() {
        return List.of(ZH, EN);
    }
}
