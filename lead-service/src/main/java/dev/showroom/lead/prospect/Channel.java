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
    OTHER
}
