package dev.showroom.platform.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@code dealer} claim decides whose rows a caller reaches, so a token is refused at authentication
 * (401) unless it carries exactly one dealer as a non-blank string. A list, a number, an object or a
 * blank string is never turned into a tenant. Only the cross-dealer roles ({@code service}: the
 * gateway's own token; {@code hq}: aggregates only) may come without one.
 */
@ApplicationScoped
public class DealerClaimCheck implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String problem = problemOf(
                token.getClaim(CurrentStaff.DEALER_CLAIM),
                identity.hasRole(Roles.SERVICE) || identity.hasRole(Roles.HQ));
        if (problem != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(problem));
        }
        return Uni.createFrom().item(identity);
    }

    /** Why this claim value may not name a tenant, or null when it may. */
    static String problemOf(Object claim, boolean mayHaveNoDealer) {
        if (claim == null) {
            return mayHaveNoDealer ? null : "the token carries no dealer claim";
        }
        String value;
        if (claim instanceof JsonString json) {
            value = json.getString();
        } else if (claim instanceof String text) {
            value = text;
        } else {
            // a list, a number, an object: never coerced into a tenant
            return "the dealer claim is not a single string";
        }
        if (value.isBlank() || value.length() > 64 || !value.equals(value.strip())) {
            return "the dealer claim is blank or malformed";
        }
        return null;
    }
}
