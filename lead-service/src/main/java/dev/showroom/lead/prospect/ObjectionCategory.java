package dev.showroom.lead.prospect;

/**
 * What a customer objects to: seed 002's six classic objections (price, product function, after-sales service,
 * competitor, resources/support, guarantees) and the others a dealer meets (financing, the trade-in's value, the
 * timing), or other.
 */
public enum ObjectionCategory {
    PRICE,
    PRODUCT_FUNCTION,
    AFTER_SALES_SERVICE,
    COMPETITOR,
    RESOURCES_SUPPORT,
    GUARANTEES,
    FINANCING,
    TRADE_IN,
    TIMING,
    OTHER
}
