package dev.showroom.order.quote;

/** The six classic objections of DOMAIN.md, plus anything else. */
public enum ObjectionCategory {
    PRICE, PRODUCT_FUNCTION, AFTER_SALES_SERVICE, COMPETITOR, RESOURCES_SUPPORT, GUARANTEES, OTHER
}
