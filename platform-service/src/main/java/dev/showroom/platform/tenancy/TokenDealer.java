package dev.showroom.platform.tenancy;

import dev.showroom.platform.http.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The caller's dealer for platform's tenancy: the dealer claim of the request's token ({@link CurrentStaff}). */
@RequestScoped
public class TokenDealer implements CallerDealer {

    @Inject
    CurrentStaff staff;

    @Override
    public String dealerIdOrNull() {
        return staff.dealerIdOrNull();
    }
}
