package dev.showroom.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Real RS256 tokens shaped like Keycloak's (preferred_username, realm_access.roles, the dealer claim,
 * audience "showroom"), signed with a key made for this test JVM. The services verify them with the
 * public key, so security is exercised, never switched off.
 *
 * <pre>
 * given().auth().oauth2(TestTokens.of("li.wei", "dealer-1", Roles.CONSULTANT))...
 * </pre>
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.showroom.test/realms/showroom";
    public static final String AUDIENCE = "showroom";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {}

    /** The public key in the form {@code quarkus.oidc.public-key} takes. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    public static String of(String user, String dealer, String... roles) {
        return as(user).dealer(dealer).roles(roles).sign();
    }

    public static Builder as(String user) {
        return new Builder(user);
    }

    public static final class Builder {
        private final String user;
        private Object dealer;
        private List<String> roles = List.of();
        private String audience = AUDIENCE;
        private String issuer = ISSUER;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));

        private Builder(String user) {
            this.user = user;
        }

        public Builder dealer(String dealer) {
            this.dealer = dealer;
            return this;
        }

        /** A dealer claim of any shape (a list, a number...): what a broken or hostile issuer might send. */
        public Builder dealerClaim(Object dealer) {
            this.dealer = dealer;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** A token that expires at this moment (for the verified-token cache: refused once it has). */
        public Builder expiresAt(Instant at) {
            this.expiresAt = at;
            return this;
        }

        public Builder expired() {
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
            return this;
        }

        private JwtClaimsBuilder claims() {
            JwtClaimsBuilder claims = Jwt.issuer(issuer)
                    .subject("sub-" + user)
                    .preferredUserName(user)
                    .audience(audience)
                    .issuedAt(expiresAt.minus(Duration.ofHours(2)))
                    .expiresAt(expiresAt)
                    .claim("azp", "showroom-web")
                    .claim("realm_access", Map.of("roles", roles));
            if (dealer != null) {
                claims.claim("dealer", dealer);
            }
            return claims;
        }

        public String sign() {
            return claims().jws().keyId("test").sign(KEYS.getPrivate());
        }

        /** The same claims signed by a key the services do not trust. */
        public String forge() {
            return claims().jws().keyId("test").sign(OTHER_KEYS.getPrivate());
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
