package dev.showroom.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Only the token verification key of {@link TestTokens}: for an application without a database or broker. */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    public static Map<String, String> config() {
        return Map.of(
                "quarkus.oidc.public-key", TestTokens.publicKey(), "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public Map<String, String> start() {
        return config();
    }

    @Override
    public void stop() {
        // nothing was started
    }
}
