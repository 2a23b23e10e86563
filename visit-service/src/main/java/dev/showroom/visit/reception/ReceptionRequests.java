package dev.showroom.visit.reception;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the receptionist (or consultant) types for a call or a walk-in. */
public final class ReceptionRequests {

    private ReceptionRequests() {}

    /** An unknown visitor's details: the person is typed once, here; lead-service makes the lead from the event. */
    public record ContactRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 40) String phone,
            @Email @Size(max = 254) String email) {}

    /** ANSWERED_IN_TIME is not asked: it is computed from ringCount / secondsToAnswer. */
    public record CallCheckpoints(
            @NotNull Boolean standardGreeting,
            @NotNull Boolean nameAndContactAsked,
            @NotNull Boolean knowsTheWayAsked,
            @NotNull Boolean invitedToVisit) {}

    public record CallRequest(
            UUID leadId,
            @Valid ContactRequest contact,
            @Size(max = 100) String consultantId,
            Instant occurredAt,
            @Min(0) @Max(100) Integer ringCount,
            @Min(0) @Max(3600) Integer secondsToAnswer,
            @NotNull @Valid CallCheckpoints checkpoints,
            @Size(max = 200) String outcome,
            Instant appointmentAt,
            UUID campaignId) {

        /** Without a campaign. */
        public CallRequest(
                UUID leadId,
                ContactRequest contact,
                String consultantId,
                Instant occurredAt,
                Integer ringCount,
                Integer secondsToAnswer,
                CallCheckpoints checkpoints,
                String outcome,
                Instant appointmentAt) {
            this(
                    leadId,
                    contact,
                    consultantId,
                    occurredAt,
                    ringCount,
                    secondsToAnswer,
                    checkpoints,
                    outcome,
                    appointmentAt,
                    null);
        }
    }

    public record WalkInCheckpoints(
            @NotNull Boolean greetedAtOnce,
            @NotNull Boolean selfIntroduction,
            @NotNull Boolean drinksOffered,
            @NotNull Boolean notPressed) {}

    public record WalkInRequest(
            UUID leadId,
            @Valid ContactRequest contact,
            @Size(max = 100) String consultantId,
            @NotNull Instant arrivalAt,
            Instant departureAt,
            @NotNull @Min(1) @Max(50) Integer partySize,
            @NotNull @Valid WalkInCheckpoints checkpoints,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> modelsPresented,
            @Size(max = 200) String outcome,
            Instant appointmentAt,
            UUID campaignId) {

        /** Without a campaign. */
        public WalkInRequest(
                UUID leadId,
                ContactRequest contact,
                String consultantId,
                Instant arrivalAt,
                Instant departureAt,
                Integer partySize,
                WalkInCheckpoints checkpoints,
                List<String> modelsPresented,
                String outcome,
                Instant appointmentAt) {
            this(
                    leadId,
                    contact,
                    consultantId,
                    arrivalAt,
                    departureAt,
                    partySize,
                    checkpoints,
                    modelsPresented,
                    outcome,
                    appointmentAt,
                    null);
        }
    }

    public record DepartureRequest(@NotNull Instant departureAt) {}
}
