package dev.showroom.lead.settings;

import dev.showroom.platform.dealer.DealerRows;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.persistence.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up cadence per grade (region and time zone: the dealer's profile, /api/v1/dealer/profile). */
@Path("/api/v1/leads/settings")
@Tag(name = "Settings", description = "The dealer's settings of one service")
public class SettingsResource {

    public record Cadence(
            @NotNull @Min(1) @Max(365) Integer H,
            @NotNull @Min(1) @Max(365) Integer A,
            @NotNull @Min(1) @Max(365) Integer B,
            @NotNull @Min(1) @Max(365) Integer C) {}

    public record SettingsView(
            String dealerId, Cadence cadenceDays, int firstFollowUpDays, int responseLimitMinutes, long version)
            implements Versioned {}

    public record SettingsRequest(
            @NotNull @Valid Cadence cadenceDays,
            @NotNull @Min(1) @Max(90) Integer firstFollowUpDays,
            @Min(1) @Max(1440) Integer responseLimitMinutes) {}

    @Inject
    DealerRows rows;

    @Inject
    RememberedDealers dealers;

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getLeadSettings",
            summary = "The dealer's follow-up cadence per grade and response limit for new online and referral leads")
    public SettingsView get() {
        return view(rows.callers(LeadSettings.class, LeadSettings::defaults));
    }

    @PUT
    @Transactional
    @IfMatch
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateLeadSettings", summary = "Change the dealer's follow-up cadence")
    public SettingsView put(@Valid @NotNull SettingsRequest request) {
        LeadSettings s = rows.callersForUpdate(LeadSettings.class, LeadSettings::defaults);
        dealers.changing(s.dealerId);
        s.cadenceHDays = request.cadenceDays().H();
        s.cadenceADays = request.cadenceDays().A();
        s.cadenceBDays = request.cadenceDays().B();
        s.cadenceCDays = request.cadenceDays().C();
        s.firstFollowUpDays = request.firstFollowUpDays();
        if (request.responseLimitMinutes() != null) {
            s.responseLimitMinutes = request.responseLimitMinutes();
        }
        return view(Versions.stored(s));
    }

    static SettingsView view(LeadSettings s) {
        return new SettingsView(
                s.dealerId,
                new Cadence(s.cadenceHDays, s.cadenceADays, s.cadenceBDays, s.cadenceCDays),
                s.firstFollowUpDays,
                s.responseLimitMinutes,
                s.version);
    }
}
