package dev.showroom.web.shell;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in member of staff, for templates ({@code {inject:who.name}}) and screens: name, dealer and
 * role come from the Keycloak tokens kept in the session. The console decides nothing with them but what
 * to show; every rule is applied again by the services behind the gateway.
 */
@Named("who")
@RequestScoped
public class Who {

    /** The roles of the realm, most specific first: the first one a user holds is the one shown. */
    public static final List<String> ROLES =
            List.of("receptionist", "consultant", "customer-care", "manager", "admin", "hq");

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public boolean signedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public String name() {
        if (!signedIn()) {
            return "";
        }
        String name = idToken.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    @Inject
    Language language;

    /**
     * The name people call the user by, from the realm's first and last name: family name first in Chinese
     * (张敏, Zhang Min), given name first in English; the user name when the realm has neither.
     */
    public String displayName() {
        if (!signedIn()) {
            return "";
        }
        return displayName(idToken.getClaim("given_name"), idToken.getClaim("family_name"), language.english(), name());
    }

    static String displayName(String given, String family, boolean english, String fallback) {
        boolean hasGiven = given != null && !given.isBlank();
        boolean hasFamily = family != null && !family.isBlank();
        if (!hasGiven && !hasFamily) {
            return fallback;
        }
        if (!hasGiven || !hasFamily) {
            return hasGiven ? given.strip() : family.strip();
        }
        if (english) {
            return given.strip() + " " + family.strip();
        }
        // Chinese names written in Han characters take no space between family and given name
        boolean han = (family + given)
                .codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return family.strip() + (han ? "" : " ") + given.strip();
    }

    /** The dealer of the user, or empty for hq (all dealers). */
    public String dealer() {
        if (!signedIn()) {
            return "";
        }
        Object dealer = idToken.getClaim("dealer");
        return dealer == null ? "" : dealer.toString();
    }

    public String role() {
        if (!signedIn()) {
            return "";
        }
        return ROLES.stream().filter(identity::hasRole).findFirst().orElse("");
    }

    public boolean is(String role) {
        return signedIn() && identity.hasRole(role);
    }

    /** True when the user holds any of the roles (comma-separated), for navigation entries. */
    public boolean any(String roles) {
        for (String role : roles.split(",")) {
            if (is(role.trim())) {
                return true;
            }
        }
        return false;
    }
}
