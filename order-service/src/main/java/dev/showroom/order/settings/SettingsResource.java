package dev.showroom.order.settings;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonFormat;

import dev.showroom.platform.http.TimeZoneId;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;

@Path("/api/v1/orders/settings")
@Tag(name = "Settings", description = "The dealer's settings of one service")
public class SettingsResource {

    public record SettingsView(String dealerId, String currency, String timeZone,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal consultantDiscountLimitPercent,
            int quoteValidityDays, int deliveryLeadDays) {
    }

    public record SettingsRequest(@NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotBlank @Size(max = 64) @TimeZoneId String timeZone,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal consultantDiscountLimitPercent,
            @NotNull @Min(1) @Max(90) Integer quoteValidityDays, @NotNull @Min(1) @Max(365) Integer deliveryLeadDays) {
    }

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @GET
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "getOrderSettings",
            summary = "The dealer's currency, time zone, consultant discount limit and default validity and delivery terms")
    public SettingsView get() {
        return view(settings.of(staff.dealerId()));
    }

    @PUT
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "updateOrderSettings", summary = "Change the dealer's settings")
    public SettingsView put(@Valid @NotNull SettingsRequest request) {
        try {
            Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", "currency", "Unknown ISO 4217 currency");
        }
        OrderSettings s = settings.row(staff.dealerId());
        s.currency = request.currency();
        s.timeZone = request.timeZone();
        s.consultantDiscountLimitPercent = request.consultantDiscountLimitPercent();
        s.quoteValidityDays = request.quoteValidityDays();
        s.deliveryLeadDays = request.deliveryLeadDays();
        return view(s);
    }

    static SettingsView view(OrderSettings s) {
        return new SettingsView(s.dealerId, s.currency, s.timeZone, s.consultantDiscountLimitPercent,
                s.quoteValidityDays, s.deliveryLeadDays);
    }
}
