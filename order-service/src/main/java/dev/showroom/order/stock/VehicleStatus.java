package dev.showroom.order.stock;

public enum VehicleStatus {
    IN_TRANSIT,
    IN_STOCK,
    ALLOCATED,
    DELIVERED
}
