package dev.showroom.visit.presentation;

import java.util.UUID;

/**
 * A selling point covered in a presentation: the catalogue's point (order-service, product knowledge) and its
 * feature as presented, whether the customer reacted to it, and the customer's need it answered.
 */
public record PresentedPoint(UUID sellingPointId, String feature, boolean reacted, CustomerNeed need) {}
