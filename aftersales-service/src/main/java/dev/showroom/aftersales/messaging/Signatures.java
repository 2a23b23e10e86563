package dev.showroom.aftersales.messaging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, for the inbound webhook's signature (hex of the body's HMAC with the secret shared with the
 * provider) and the opt-out link's token (the dealer and lead, signed with the service's own link secret). Plain
 * rules: unit-tested without Quarkus.
 */
public final class Signatures {

    private Signatures() {}

    public static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The header value a provider sends with a body: {@code sha256=<hex>}. */
    public static String webhookSignature(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** True when {@code header} is the body's signature (compared in constant time); false for none. */
    public static boolean validWebhook(String secret, byte[] body, String header) {
        if (secret == null || secret.isBlank() || header == null) {
            return false;
        }
        byte[] expected = webhookSignature(secret, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    /** The opt-out token of a customer: {@code <dealer|lead, base64url>.<signature, base64url>}. */
    public static String optOutToken(String secret, String dealerId, UUID leadId) {
        byte[] payload = (dealerId + "|" + leadId).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(hmac(secret, payload));
    }

    /** The dealer and lead a token names, or null when it is malformed or its signature is wrong. */
    public static OptOut readOptOut(String secret, String token) {
        if (token == null || token.length() > 300) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(hmac(secret, payload), signature)) {
                return null;
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            if (bar <= 0) {
                return null;
            }
            return new OptOut(text.substring(0, bar), UUID.fromString(text.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public record OptOut(String dealerId, UUID leadId) {}
}
