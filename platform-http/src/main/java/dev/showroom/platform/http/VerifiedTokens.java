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
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified once, not on every request. Quarkus OIDC checks a JWT's RS256 signature, issuer,
 * audience and expiry on each request (its own caches hold introspection and UserInfo answers only, not
 * local verifications); a staff member's token is the same string for its whole life (5 minutes at
 * Keycloak) and is sent a few times a second by the console. This authentication mechanism is asked before
 * OIDC's bearer mechanism: a token that is remembered (the same string, compared in constant time), and that has not expired, is the identity it
 * was verified as (with this request's routing context); anything else goes on to OIDC as before. (An
 * {@code IdentityProvider} of a higher priority than OIDC's was tried first: Quarkus never asked it.) {@link Remember}
 * records an identity after OIDC verified it and every augmentor (DealerClaimCheck) accepted it.
 *
 * <p>What is refused stays refused: a token is remembered only after it passed, until its {@code exp}
 * (and at most {@code showroom.token-cache.max-age}); a changed character (another signature) is another
 * key, so a forged or tampered token always meets OIDC. Local verification never saw a revocation at
 * Keycloak before its expiry either, so the cache changes nothing there. Bounded by
 * {@code showroom.token-cache.max-size} (expired entries dropped first, then everything);
 * {@code showroom.token-cache.enabled=false} turns it off.
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

    /** Marks an identity this cache served, so that {@link Remember} does not record it again. */
    static final String FROM_CACHE = "showroom.verified-token";

    /**
     * The token itself, compared in constant time. (Its SHA-256 was the key before: 3 % of the gateway's CPU under
     * load, C1 having no SHA intrinsic; docs/benchmarks.md, "The gateway's reads", round four. The identity kept
     * beside it holds the same string in its credential, so the key costs no memory of its own.) A lookup finds
     * only an entry whose token is the same string, character for character; how long the comparison takes does not
     * depend on where a forged token differs.
     */
    private static final class Key {
        private final String token;
        private final int hash;

        Key(String token) {
            this.token = token;
            this.hash = token.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && sameToken(token, k.token);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Key";
        }
    }

    /** Constant time for tokens of one length (every token of a realm is about as long). */
    static boolean sameToken(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < a.length(); i++) {
            difference |= a.charAt(i) ^ b.charAt(i);
        }
        return difference == 0;
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
        return new Key(token);
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
