package dev.showroom.platform.tenancy;

/**
 * The dealer of the caller of the request in progress, as {@link CurrentDealer} asks for it outside a
 * {@link DealerContext}. platform does not read tokens: platform-service tells it from platform-http's
 * {@code CurrentStaff} (a request-scoped bean); without one, a request has no dealer and reads no row. The
 * implementation is {@code @Unremovable}: it is looked up, not injected.
 */
public interface CallerDealer {

    /** The caller's dealer, or null (anonymous, or a token without one). */
    String dealerIdOrNull();
}
