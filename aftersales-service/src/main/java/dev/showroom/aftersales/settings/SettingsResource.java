package dev.showroom.aftersales.settings;

import dev.showroom.aftersales.settings.AftersalesSettings.Assignee;
import dev.showroom.platform.dealer.DealerRows;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.persistence.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Call-backs, SLA and surveys (time zone: the dealer's profile). */
@Path("/api/v1/follow-ups/settings")
@Tag(name = "Settings", description = "The dealer's settings of one service")
public class SettingsResource {

    public record SettingsView(
            String dealerId,
            List<Integer> followUpDays,
            String callTime,
            Assignee followUpAssignee,
            String customerCareStaffId,
            int maxCallAttempts,
            int retryHours,
            int acknowledgeSlaHours,
            int urgentAcknowledgeHours,
            ResolveDays resolveDays,
            int surveyLinkDays,
            int periodicSurveyMonths,
            List<Integer> referralAskDays,
            ValueSpend valueSpend,
            long version)
            implements Versioned {}

    public record SettingsRequest(
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Min(0) @Max(365) Integer> followUpDays,

            @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]")
            String callTime,

            @NotNull Assignee followUpAssignee,
            @Size(max = 100) String customerCareStaffId,
            @NotNull @Min(1) @Max(10) Integer maxCallAttempts,
            @NotNull @Min(1) @Max(72) Integer retryHours,
            @NotNull @Min(1) @Max(720) Integer acknowledgeSlaHours,
            @Min(1) @Max(72) Integer urgentAcknowledgeHours,
            @Valid ResolveDays resolveDays,
            @NotNull @Min(1) @Max(90) Integer surveyLinkDays,
            @NotNull @Min(1) @Max(24) Integer periodicSurveyMonths,
            @Size(max = 10) List<@NotNull @Min(0) @Max(365) Integer> referralAskDays,
            @Valid ValueSpend valueSpend) {}

    /** The spend on cars delivered from which a customer is of HIGH or MEDIUM value (customer classes). */
    public record ValueSpend(
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal high,

            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal medium) {}

    /** Days to resolve a complaint, by severity. */
    public record ResolveDays(
            @NotNull @Min(1) @Max(90) Integer LOW,
            @NotNull @Min(1) @Max(90) Integer MEDIUM,
            @NotNull @Min(1) @Max(90) Integer HIGH,
            @NotNull @Min(1) @Max(90) Integer CRITICAL) {}

    @Inject
    DealerRows rows;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getAftersalesSettings",
            summary = "The dealer's after-sales settings: call-back days, SLA, survey link lifetime")
    public SettingsView get() {
        return view(rows.callers(AftersalesSettings.class, AftersalesSettings::defaults));
    }

    @PUT
    @Transactional
    @IfMatch
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "updateAftersalesSettings",
            summary = "Change the dealer's after-sales settings (applies to plans and complaints created afterwards)")
    public SettingsView put(@Valid @NotNull SettingsRequest request) {
        AftersalesSettings s = rows.callersForUpdate(AftersalesSettings.class, AftersalesSettings::defaults);
        s.followUpDays = request.followUpDays().stream()
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
        s.callTime = LocalTime.parse(request.callTime());
        s.followUpAssignee = request.followUpAssignee();
        s.customerCareStaffId = request.customerCareStaffId();
        s.maxCallAttempts = request.maxCallAttempts();
        s.retryHours = request.retryHours();
        s.acknowledgeSlaHours = request.acknowledgeSlaHours();
        // a client that does not know the severity deadlines yet keeps them as they are
        if (request.urgentAcknowledgeHours() != null) {
            s.urgentAcknowledgeHours = request.urgentAcknowledgeHours();
        }
        if (request.resolveDays() != null) {
            s.resolveDaysLow = request.resolveDays().LOW();
            s.resolveDaysMedium = request.resolveDays().MEDIUM();
            s.resolveDaysHigh = request.resolveDays().HIGH();
            s.resolveDaysCritical = request.resolveDays().CRITICAL();
        }
        if (request.valueSpend() != null) {
            if (request.valueSpend().medium().compareTo(request.valueSpend().high()) > 0) {
                throw ProblemException.invalid(
                        "valueSpend.medium", "notAboveHigh", "must not be above valueSpend.high");
            }
            s.highValueSpend = request.valueSpend().high();
            s.mediumValueSpend = request.valueSpend().medium();
        }
        s.surveyLinkDays = request.surveyLinkDays();
        s.periodicSurveyMonths = request.periodicSurveyMonths();
        if (request.referralAskDays() != null) {
            // left out (an older client): the days stay as they are
            s.referralAskDays = request.referralAskDays().stream()
                    .distinct()
                    .sorted()
                    .map(String::valueOf)
                    .collect(Collectors.joining(","));
        }
        return view(Versions.stored(s));
    }

    static SettingsView view(AftersalesSettings s) {
        return new SettingsView(
                s.dealerId,
                s.followUpDayList(),
                s.callTime.toString(),
                s.followUpAssignee,
                s.customerCareStaffId,
                s.maxCallAttempts,
                s.retryHours,
                s.acknowledgeSlaHours,
                s.urgentAcknowledgeHours,
                new ResolveDays(s.resolveDaysLow, s.resolveDaysMedium, s.resolveDaysHigh, s.resolveDaysCritical),
                s.surveyLinkDays,
                s.periodicSurveyMonths,
                s.referralAskDayList(),
                new ValueSpend(s.highValueSpend, s.mediumValueSpend),
                s.version);
    }
}
