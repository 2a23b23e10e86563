package dev.showroom.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The remembered token is found by the very same string only: one changed, added or missing character is another. */
class VerifiedTokensKeyTest {

    @Test
    void onlyTheSameStringIsTheSameToken() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsaS53ZWkifQ.c2lnbmF0dXJl";
        assertTrue(VerifiedTokens.sameToken(token, new String(token.toCharArray())));
        for (int i = 0; i < token.length(); i++) {
            char[] changed = token.toCharArray();
            changed[i] = (char) (changed[i] ^ 1);
            assertFalse(VerifiedTokens.sameToken(token, new String(changed)), "changed at " + i);
        }
        assertFalse(VerifiedTokens.sameToken(token, token + "A"));
        assertFalse(VerifiedTokens.sameToken(token, token.substring(1)));
        assertFalse(VerifiedTokens.sameToken(token, ""));
    }
}
