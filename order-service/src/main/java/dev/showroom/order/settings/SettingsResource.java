package dev.showroom.order.settings;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.platform.dealer.DealerRows;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.persistence.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consultant's discount limit and the default quote and delivery terms (currency: the dealer's profile). */
@Path("/api/v1/orders/settings")
@Tag(name = "Settings", description = "The dealer's settings of one service")
public class SettingsResource {

    public record SettingsView(
            String dealerId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal consultantDiscountLimitPercent,
            int quoteValidityDays,
            int deliveryLeadDays,
            long version)
            implements Versioned {}

    public record SettingsRequest(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal consultantDiscountLimitPercent,

            @NotNull @Min(1) @Max(90) Integer quoteValidityDays,
            @NotNull @Min(1) @Max(365) Integer deliveryLeadDays) {}

    @Inject
    DealerRows rows;

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getOrderSettings",
            summary = "The dealer's consultant discount limit and default validity and delivery terms")
    public SettingsView get() {
        return view(rows.callers(OrderSettings.class, OrderSettings::defaults));
    }

    @PUT
    @Transactional
    @IfMatch
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateOrderSettings", summary = "Change the dealer's selling settings")
    public SettingsView put(@Valid @NotNull SettingsRequest request) {
        OrderSettings s = rows.callersForUpdate(OrderSettings.class, OrderSettings::defaults);
        s.consultantDiscountLimitPercent = request.consultantDiscountLimitPercent();
        s.quoteValidityDays = request.quoteValidityDays();
        s.deliveryLeadDays = request.deliveryLeadDays();
        return view(Versions.stored(s));
    }

    static SettingsView view(OrderSettings s) {
        return new SettingsView(
                s.dealerId, s.consultantDiscountLimitPercent, s.quoteValidityDays, s.deliveryLeadDays, s.version);
    }
}
