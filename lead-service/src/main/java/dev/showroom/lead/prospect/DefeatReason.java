package dev.showroom.lead.prospect;

/** Why a prospect was lost: the six classic objections, or other. */
public enum DefeatReason {
    PRICE,
    PRODUCT_FUNCTION,
    AFTER_SALES_SERVICE,
    COMPETITOR,
    RESOURCES_SUPPORT,
    GUARANTEES,
    OTHER
}
