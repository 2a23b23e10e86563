package dev.showroom.platform.tenancy;

import dev.showroom.platform.http.CurrentStaff;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's dealer for platform's tenancy: the dealer claim of the request's token ({@link CurrentStaff}).
 * Unremovable: nothing injects it, {@link CurrentDealer} looks it up.
 */
@Unremovable
@RequestScoped
public class TokenDealer implements CallerDealer {

    @Inject
    CurrentStaff staff;

    @Override
    public String dealerIdOrNull() {
        return staff.dealerIdOrNull();
    }
}
