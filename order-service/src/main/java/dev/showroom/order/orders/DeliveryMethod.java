package dev.showroom.order.orders;

/**
 * How the car reaches the customer (seed 004 §6.4, "logistics and transport"), agreed when the order is made and
 * changed until the car is handed over.
 */
public enum DeliveryMethod {
    /** Handed over in the showroom, with the delivery ceremony (the default). */
    SHOWROOM_CEREMONY,
    /** Driven to the customer's home or office by the dealer's staff. */
    HOME_DELIVERY,
    /** Shipped by a transport company (another city): the carrier, its fees and insurance are agreed apart. */
    CARRIER_TRANSPORT
}
