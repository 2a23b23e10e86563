package dev.showroom.lead.roster;

import java.util.Locale;

/** What a member of the dealer's staff does; the realm role of the same name lets them sign in as that. */
public enum StaffRole {
    RECEPTIONIST,
    CONSULTANT,
    CUSTOMER_CARE,
    MANAGER,
    ADMIN;

    /** The Keycloak realm role of the same name (customer-care). */
    public String realmRole() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
