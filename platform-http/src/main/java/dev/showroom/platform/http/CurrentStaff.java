package dev.showroom.platform.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller, read from the verified OIDC token: who (staff id = {@code preferred_username}),
 * which dealer ({@code dealer} claim) and which roles. Every query is scoped by {@link #dealerId()}.
 */
@RequestScoped
public class CurrentStaff {

    public static final String DEALER_CLAIM = "dealer";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The staff id: the token's preferred_username (stable, readable in rotas and reports). */
    public String id() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : token.getSubject();
    }

    /** The caller's dealer; a staff token without one is refused (403), never treated as "all dealers". */
    public String dealerId() {
        String dealer = dealerIdOrNull();
        if (dealer == null) {
            throw ProblemException.forbidden("The token carries no dealer claim");
        }
        return dealer;
    }

    public String dealerIdOrNull() {
        if (identity.isAnonymous()) {
            return null;
        }
        // DealerClaimCheck refused any other shape at authentication
        Object claim = token.getClaim(DEALER_CLAIM);
        if (claim instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return claim instanceof String text ? text : null;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** Managers and the dealer's admins see everything of their dealer. */
    public boolean isManager() {
        return has(Roles.MANAGER) || has(Roles.ADMIN);
    }

    public boolean isHq() {
        return has(Roles.HQ);
    }

    /** A consultant (and nothing more senior) sees only what is assigned to them. */
    public boolean seesOnlyOwn() {
        return has(Roles.CONSULTANT) && !isManager();
    }

    /**
     * A receptionist and nothing more: greets customers by name, is not given how to reach them (phone masked,
     * no e-mail) nor their identity documents.
     */
    public boolean onlyGreets() {
        return has(Roles.RECEPTIONIST) && !isManager() && !has(Roles.CONSULTANT);
    }

    /** May this caller see a customer's personal data? hq never does. */
    public boolean mayReadPersonalData() {
        return !isHq() || isManager() || has(Roles.CONSULTANT) || has(Roles.RECEPTIONIST) || has(Roles.CUSTOMER_CARE);
    }

    /** 404 (not 403) when a consultant reaches for someone else's record: no details leak. */
    public void requireOwnerOrManager(String ownerId, String what) {
        if (seesOnlyOwn() && !id().equals(ownerId)) {
            throw ProblemException.notFound(what);
        }
    }
}
