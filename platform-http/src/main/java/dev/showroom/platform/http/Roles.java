package dev.showroom.platform.http;

/** The realm roles (staff and the gateway), as they appear in the token's {@code realm_access.roles}. */
public final class Roles {
    public static final String RECEPTIONIST = "receptionist";
    public static final String CONSULTANT = "consultant";
    public static final String CUSTOMER_CARE = "customer-care";
    public static final String MANAGER = "manager";
    /** A dealer's administrator: everything a manager may, plus configuration. */
    public static final String ADMIN = "admin";
    /** The brand's head office: aggregates across dealers, never personal data. */
    public static final String HQ = "hq";
    /** Machine clients (the gateway's public endpoints act with this role for one dealer). */
    public static final String SERVICE = "service";

    private Roles() {}
}
