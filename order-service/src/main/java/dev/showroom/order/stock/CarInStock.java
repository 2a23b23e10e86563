package dev.showroom.order.stock;

import java.util.UUID;

/**
 * A car just came into stock (added IN_STOCK, or arrived from transit), fired synchronously in the same
 * transaction: the order waiting longest for its configuration takes it at once (orders' {@code ArrivalQueue}).
 */
public record CarInStock(
        String dealerId,
        UUID vehicleId,
        String vin,
        String modelCode,
        String trimCode,
        String colourCode,
        String optionCodes) {}
