package dev.showroom.gateway.publicapi;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The gateway's own {@code service}-role token (OAuth2 client credentials through quarkus-oidc-client),
 * used only for the public operations; kept until shortly before it expires.
 */
@ApplicationScoped
public class ServiceToken {

    private final OidcClient client;
    private final long renewBeforeSeconds;
    private volatile Tokens current;

    public ServiceToken(OidcClient client, PublicConfig config) {
        this.client = client;
        this.renewBeforeSeconds = config.tokenRenewBeforeSeconds();
    }

    public Uni<String> bearer() {
        Tokens tokens = current;
        if (tokens != null && !expiresSoon(tokens)) {
            return Uni.createFrom().item(tokens.getAccessToken());
        }
        return client.getTokens().invoke(fresh -> current = fresh).map(Tokens::getAccessToken);
    }

    private boolean expiresSoon(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt == null || Instant.now().getEpochSecond() + renewBeforeSeconds >= expiresAt;
    }
}
