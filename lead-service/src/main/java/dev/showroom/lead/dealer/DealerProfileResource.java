package dev.showroom.lead.dealer;

import dev.showroom.contracts.Events;
import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Problem;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dealer/profile")
@Tag(
        name = "Dealer profile",
        description = "The dealer's phone region, time zone, opening hours, languages and currency, "
                + "which every service uses")
public class DealerProfileResource {

    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    public record Hours(
            @NotNull DayOfWeek day,
            @NotNull @Pattern(regexp = TIME) String opens,
            @NotNull @Pattern(regexp = TIME) String closes) {}

    public record ProfileView(
            String dealerId,
            String region,
            String timeZone,
            String currency,
            List<Hours> openingHours,
            List<String> languages,
            long version)
            implements Versioned {}

    public record ProfileRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String region,
            @NotBlank @Size(max = 64) String timeZone,
            @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @Size(max = 7) List<@NotNull @Valid Hours> openingHours,
            @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 35) String> languages) {

        ProfileChange change() {
            return new ProfileChange(
                    region,
                    timeZone,
                    currency,
                    openingHours.stream()
                            .map(h -> new Events.OpeningHours(h.day().name(), h.opens(), h.closes()))
                            .toList(),
                    languages);
        }
    }

    @Inject
    CurrentStaff staff;

    @Inject
    Profiles profiles;

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getDealerProfile",
            summary = "The dealer's profile (the defaults, version 0, until its manager first sets it)")
    public ProfileView get() {
        return view(profiles.of(staff.dealerId()));
    }

    @PUT
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "updateDealerProfile",
            summary = "Replace the dealer's profile (If-Match: its ETag); every service applies it from "
                    + "dealer.profile-changed")
    public ProfileView put(@Valid @NotNull ProfileRequest request) {
        ProfileChange change = request.change();
        List<ProfileChange.Violation> violations = change.violations();
        ProblemException.refuseIfAny(violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.rule(), v.message()))
                .toList());
        return view(profiles.change(staff.dealerId(), change, staff.id()));
    }

    static ProfileView view(DealerProfile p) {
        return new ProfileView(
                p.dealerId,
                p.region,
                p.timeZone,
                p.currency,
                p.openingHours().stream()
                        .map(h -> new Hours(DayOfWeek.valueOf(h.day()), h.opens(), h.closes()))
                        .toList(),
                p.languages(),
                p.version);
    }
}
