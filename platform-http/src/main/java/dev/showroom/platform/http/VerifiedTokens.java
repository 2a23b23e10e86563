package dev.showroom.platform.http;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified once, not on every request. Quarkus OIDC checks a JWT's RS256 signature, issuer,
 * audience and expiry on each request (its own caches hold introspection and UserInfo answers only, not
 * local verifications); a staff member's token is the same string for its whole life (5 minutes at
 * Keycloak) and is sent a few times a second by the console. This authentication mechanism is asked before
 * OIDC's bearer mechanism: a token whose SHA-256 is remembered, and that has not expired, is the identity it
 * was verified as (with this request's routing context); anything else goes on to OIDC as before. (An
 * {@code IdentityProvider} of a higher priority than OIDC's was tried first: Quarkus never asked it.) {@link Remember}
 * records an identity after OIDC verified it and every augmentor (DealerClaimCheck) accepted it.
 *
 * <p>What is refused stays refused: a token is remembered only after it passed, until its {@code exp}
 * (and at most {@code showroom.token-cache.max-age}); a changed character (another signature) is another
 * hash, so a forged or tampered token always meets OIDC. Local verification never saw a revocation at
 * Keycloak before its expiry either, so the cache changes nothing there. Bounded by
 * {@code showroom.token-cache.max-size} (expired entries dropped first, then everything);
 * {@code showroom.token-cache.enabled=false} turns it off.
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

    /** Marks an identity this cache served, so that {@link Remember} does not record it again. */
    static final String FROM_CACHE = "showroom.verified-token";

    private record Key(byte[] sha256) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(sha256, k.sha256);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sha256);
        }

        @Override
        public String toString() {
            return "Key";
        }
    }

    private record Entry(SecurityIdentity identity, long untilMillis) {}

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();

    @ConfigProperty(name = "showroom.token-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "showroom.token-cache.max-size", defaultValue = "10000")
    int maxSize;

    @ConfigProperty(name = "showroom.token-cache.max-age", defaultValue = "5M")
    Duration maxAge;

    /** Before OIDC's bearer mechanism: a null answer hands the request on to it (and to its challenge). */
    @Override
    public int getPriority() {
        return 5000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext routing, IdentityProviderManager identityProviderManager) {
        String header = enabled ? routing.request().getHeader("Authorization") : null;
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().nullItem();
        }
        Key key = key(header.substring(7).strip());
        Entry entry = entries.get(key);
        if (entry == null) {
            return Uni.createFrom().nullItem();
        }
        if (System.currentTimeMillis() >= entry.untilMillis()) {
            entries.remove(key, entry);
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(entry.identity())
                        .addAttribute(FROM_CACHE, Boolean.TRUE)
                        .addAttribute(RoutingContext.class.getName(), routing)
                        .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Remembers an identity OIDC verified from a JWT, until the token expires. */
    void remember(SecurityIdentity identity) {
        if (!enabled
                || identity.isAnonymous()
                || identity.getAttribute(FROM_CACHE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        long exp = jwt.getExpirationTime();
        if (credential == null || credential.isOpaque() || exp <= 0) {
            return;
        }
        long until = Math.min(exp * 1000, System.currentTimeMillis() + maxAge.toMillis());
        if (until <= System.currentTimeMillis()) {
            return;
        }
        if (entries.size() >= maxSize) {
            long now = System.currentTimeMillis();
            entries.values().removeIf(e -> e.untilMillis() <= now);
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(key(credential.getToken().strip()), new Entry(identity, until));
    }

    /** How many tokens are remembered (tests, and a look at a running service). */
    public int size() {
        return entries.size();
    }

    /** How many requests were served a remembered identity. */
    public long hits() {
        return hits.sum();
    }

    private static Key key(String token) {
        try {
            return new Key(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs after every other augmentor: what it sees is the identity a request ends up with. */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {

        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }
    }
}
