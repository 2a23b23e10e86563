package dev.showroom.gateway.edge;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Is a request for the public endpoints, however its path is spelled? The limits of /public/... (rate,
 * body size) must not be escaped by {@code /PUBLIC/...}, {@code //public/...}, {@code /public%2F...},
 * {@code /./public/...}, {@code /public;x=1/...} or a trailing slash, so the path is decoded (twice: a
 * %252F too), its matrix parameters dropped, dot segments resolved, slashes collapsed and case folded
 * before it is compared.
 */
public final class PublicPaths {

    public static final String PREFIX = "/public";

    /** The SMS and e-mail providers' webhook: signed, and rate limited apart from the visitors' endpoints. */
    public static final String WEBHOOK = PREFIX + "/messages/inbound";

    private PublicPaths() {}

    public static boolean isPublic(String rawPath) {
        String path = canonical(rawPath);
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    public static boolean isWebhook(String rawPath) {
        return canonical(rawPath).equals(WEBHOOK);
    }

    static String canonical(String rawPath) {
        if (rawPath == null) {
            return "/";
        }
        String path = rawPath;
        for (int i = 0; i < 2 && path.indexOf('%') >= 0; i++) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                break; // a broken escape: judge what we have
            }
        }
        path = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            int matrix = segment.indexOf(';');
            String name = (matrix >= 0 ? segment.substring(0, matrix) : segment).strip();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(name);
        }
        for (String segment : segments) {
            out.append('/').append(segment);
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
