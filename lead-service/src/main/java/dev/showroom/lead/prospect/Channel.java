package dev.showroom.lead.prospect;

/** Where a prospect came from (lead.created's channel enum). */
public enum Channel {
    WALK_IN,
    PHONE,
    MARKETING_EVENT,
    CUSTOMER_REFERRAL,
    PERSONAL_NETWORK,
    PARTNER,
    ONLINE,
    OTHER;

    /** A walk-in or a caller is in contact when the lead is captured: the lead does not wait for a response. */
    public boolean inPerson() {
        return this == WALK_IN || this == PHONE;
    }

    /**
     * An online or referral lead must be contacted within the dealer's response limit, or the rota hands it to
     * the next consultant on duty (docs/process.md, "Lead response time").
     */
    public boolean awaitsResponse() {
        return this == ONLINE || this == CUSTOMER_REFERRAL;
    }
}
