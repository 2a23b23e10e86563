package dev.showroom.visit.settings;

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

/** The answer-in-time rule and the reminder lead time (region and time zone: the dealer's profile). */
@Path("/api/v1/visits/settings")
@Tag(name = "Settings", description = "The dealer's settings of one service")
public class SettingsResource {

    public record SettingsView(
            String dealerId, int answerWithinRings, int answerWithinSeconds, int reminderHoursBefore, long version)
            implements Versioned {}

    public record SettingsRequest(
            @NotNull @Min(1) @Max(20) Integer answerWithinRings,
            @NotNull @Min(1) @Max(120) Integer answerWithinSeconds,
            @NotNull @Min(1) @Max(168) Integer reminderHoursBefore) {}

    @Inject
    DealerRows rows;

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getVisitSettings", summary = "The dealer's answer-in-time rule and reminder lead time")
    public SettingsView get() {
        return view(rows.callers(VisitSettings.class, VisitSettings::defaults));
    }

    @PUT
    @Transactional
    @IfMatch
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateVisitSettings", summary = "Change the dealer's showroom settings")
    public SettingsView put(@Valid @NotNull SettingsRequest request) {
        VisitSettings s = rows.callersForUpdate(VisitSettings.class, VisitSettings::defaults);
        s.answerWithinRings = request.answerWithinRings();
        s.answerWithinSeconds = request.answerWithinSeconds();
        s.reminderHoursBefore = request.reminderHoursBefore();
        return view(Versions.stored(s));
    }

    static SettingsView view(VisitSettings s) {
        return new SettingsView(
                s.dealerId, s.answerWithinRings, s.answerWithinSeconds, s.reminderHoursBefore, s.version);
    }
}
