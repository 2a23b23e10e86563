package dev.showroom.order.quote;

/** The six classic objections (docs/process.md, step 7), plus anything else. */
public enum ObjectionCategory {
    PRICE,
    PRODUCT_FUNCTION,
    AFTER_SALES_SERVICE,
    COMPETITOR,
    RESOURCES_SUPPORT,
    GUARANTEES,
    OTHER
}
