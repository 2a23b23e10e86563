package dev.showroom.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.VerifiedTokens;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A verified token is remembered (VerifiedTokens) so that the next request with it skips the signature
 * check; what OIDC refuses stays refused: an expired token, a tampered or forged one.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokens cache;

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws Exception {
        Instant expiry = Instant.now().plus(Duration.ofSeconds(3));
        String token = TestTokens.as("short.lived")
                .dealer(Fixtures.DEALER)
                .roles(Roles.MANAGER)
                .expiresAt(expiry)
                .sign();
        int before = cache.size();
        search(token, 200);
        assertTrue(cache.size() > before, "the verified token is remembered");
        long hits = cache.hits();
        search(token, 200);
        assertTrue(cache.hits() > hits, "the second request is served from the cache");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1500);
        search(token, 401);
    }

    @Test
    void aTamperedOrForgedTokenIsRefusedWhileTheGenuineOneIsRemembered() {
        TestTokens.Builder claims =
                TestTokens.as("tamper.target").dealer(Fixtures.DEALER).roles(Roles.MANAGER);
        String genuine = claims.sign();
        search(genuine, 200);
        search(genuine, 200);
        // another signature, another payload: neither is the remembered token
        char last = genuine.charAt(genuine.length() - 2);
        String tampered = genuine.substring(0, genuine.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + genuine.charAt(genuine.length() - 1);
        search(tampered, 401);
        int dot = genuine.indexOf('.');
        char c = genuine.charAt(dot + 5);
        String otherPayload = genuine.substring(0, dot + 5) + (c == 'x' ? 'y' : 'x') + genuine.substring(dot + 6);
        search(otherPayload, 401);
        search(claims.forge(), 401);
        search(genuine, 200);
    }

    @Test
    void aTokenWithoutADealerIsRefusedEveryTimeNotOnlyTheFirst() {
        String noDealer = TestTokens.as("nobody").roles(Roles.MANAGER).sign();
        search(noDealer, 401);
        search(noDealer, 401);
    }

    private static void search(String token, int status) {
        given().auth().oauth2(token).get("/api/v1/leads?size=1").then().statusCode(status);
    }
}
