package dev.showroom.lead.settings;

import dev.showroom.platform.phone.PhoneNumbers;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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


import dev.showroom.platform.http.TimeZoneId;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;

@Path("/api/v1/leads/settings")
@Tag(name = "Settings", description = "The dealer's settings of one service")
public class SettingsResource {

    public record Cadence(@NotNull @Min(1) @Max(365) Integer H, @NotNull @Min(1) @Max(365) Integer A,
            @NotNull @Min(1) @Max(365) Integer B, @NotNull @Min(1) @Max(365) Integer C) {
    }

    public record SettingsView(String dealerId, String region, String timeZone, Cadence cadenceDays,
            int firstFollowUpDays) {
    }

    public record SettingsRequest(@NotBlank @Pattern(regexp = "[A-Za-z]{2}") String region,
            @NotBlank @Size(max = 64) @TimeZoneId String timeZone, @NotNull @Valid Cadence cadenceDays,
            @NotNull @Min(1) @Max(90) Integer firstFollowUpDays) {
    }

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @GET
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "getLeadSettings",
            summary = "The dealer's phone region, time zone and follow-up cadence per grade")
    public SettingsView get() {
        return view(settings.of(staff.dealerId()));
    }

    @PUT
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "updateLeadSettings", summary = "Change the dealer's settings")
    public SettingsView put(@Valid @NotNull SettingsRequest request) {
        String region = request.region().toUpperCase(Locale.ROOT);
        if (!PhoneNumbers.isKnownRegion(region)) {
            throw ProblemException.invalid("region", "region", "Unknown phone region " + region);
        }
        LeadSettings s = settings.lockedRow(staff.dealerId());
        s.region = region;
        s.timeZone = request.timeZone();
        s.cadenceHDays = request.cadenceDays().H();
        s.cadenceADays = request.cadenceDays().A();
        s.cadenceBDays = request.cadenceDays().B();
        s.cadenceCDays = request.cadenceDays().C();
        s.firstFollowUpDays = request.firstFollowUpDays();
        return view(s);
    }

    static SettingsView view(LeadSettings s) {
        return new SettingsView(s.dealerId, s.region, s.timeZone,
                new Cadence(s.cadenceHDays, s.cadenceADays, s.cadenceBDays, s.cadenceCDays), s.firstFollowUpDays);
    }
}
