package dev.showroom.visit.testdrive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

public final class TestDriveRequests {

    private TestDriveRequests() {}

    /** The number is checked and forgotten: only its last four characters are kept (TestDrive). */
    public record LicenceRequest(
            @NotBlank @Size(min = TestDrive.LICENCE_SHORTEST, max = 40)
            String number,

            @NotNull LocalDate expiry) {}

    public record BookRequest(
            @NotNull UUID leadId,
            @NotNull UUID demoCarId,
            @NotNull Instant slotStart,
            @NotNull Instant slotEnd,
            @Size(max = 100) String consultantId,
            @Valid LicenceRequest licence) {}

    /** The licence may have been checked at booking already; then it may be left out here. */
    public record StartRequest(
            @Valid LicenceRequest licence,
            @NotNull @PositiveOrZero @Max(10_000_000) Integer odometerStart) {}

    public record FeedbackRequest(
            @Min(1) @Max(5) Integer overall,
            @Size(max = 20) Map<@NotBlank @Size(max = 40) String, @NotNull @Min(1) @Max(5) Integer> ratings,
            @Size(max = 2000) String comments) {}

    /** A drive not started through /start may be completed in one go: licence and odometerStart given here. */
    public record CompleteRequest(
            @Valid LicenceRequest licence,
            @PositiveOrZero @Max(10_000_000) Integer odometerStart,
            @NotNull @PositiveOrZero @Max(10_000_000) Integer odometerEnd,
            @Valid FeedbackRequest feedback) {}

    public record CancelRequest(@NotBlank @Size(max = 500) String reason) {}
}
