package dev.showroom.visit.settings;

import dev.showroom.platform.phone.PhoneNumbers;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

@Path("/api/v1/visits/settings")
@Tag(name = "Settings", description = "The dealer's settings of one service")
public class SettingsResource {

    public record SettingsView(String dealerId, String region, String timeZone, int answerWithinRings,
            int answerWithinSeconds, int reminderHoursBefore) {
    }

    public record SettingsRequest(@NotBlank @Pattern(regexp = "[A-Za-z]{2}") String region,
            @NotBlank @Size(max = 64) @TimeZoneId String timeZone, @NotNull @Min(1) @Max(20) Integer answerWithinRings,
            @NotNull @Min(1) @Max(120) Integer answerWithinSeconds,
            @NotNull @Min(1) @Max(168) Integer reminderHoursBefore) {
    }

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({ Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "getVisitSettings",
            summary = "The dealer's phone region, time zone, answer-in-time rule and reminder lead time")
    public SettingsView get() {
        return view(settings.of(staff.dealerId()));
    }

    @PUT
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "updateVisitSettings", summary = "Change the dealer's settings")
    public SettingsView put(@Valid @NotNull SettingsRequest request) {
        String region = request.region().toUpperCase(Locale.ROOT);
        if (!PhoneNumbers.isKnownRegion(region)) {
            throw ProblemException.invalid("region", "region", "Unknown phone region " + region);
        }
        VisitSettings s = em.find(VisitSettings.class, staff.dealerId());
        if (s == null) {
            s = VisitSettings.defaults(staff.dealerId());
            em.persist(s);
        }
        s.region = region;
        s.timeZone = request.timeZone();
        s.answerWithinRings = request.answerWithinRings();
        s.answerWithinSeconds = request.answerWithinSeconds();
        s.reminderHoursBefore = request.reminderHoursBefore();
        return view(s);
    }

    static SettingsView view(VisitSettings s) {
        return new SettingsView(s.dealerId, s.region, s.timeZone, s.answerWithinRings, s.answerWithinSeconds,
                s.reminderHoursBefore);
    }
}
