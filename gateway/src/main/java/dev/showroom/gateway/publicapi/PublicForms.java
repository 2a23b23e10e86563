package dev.showroom.gateway.publicapi;

import static dev.showroom.platform.http.PublicFormRules.DEALER_ID_MAX;
import static dev.showroom.platform.http.PublicFormRules.DEALER_ID_PATTERN;
import static dev.showroom.platform.http.PublicFormRules.EMAIL_MAX;
import static dev.showroom.platform.http.PublicFormRules.MESSAGE_MAX;
import static dev.showroom.platform.http.PublicFormRules.MODEL_MAX;
import static dev.showroom.platform.http.PublicFormRules.NAME_MAX;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a visitor of the dealer's website may send; checked here before any service is bothered, with the
 * limits lead-service applies too ({@link dev.showroom.platform.http.PublicFormRules}). Whether the dealer
 * exists only lead-service knows: an unknown one is its 400, passed through.
 */
public final class PublicForms {

    private PublicForms() {}

    /** The online enquiry form; consent to be contacted is required. */
    public record Enquiry(
            @NotBlank @Size(max = DEALER_ID_MAX) @Pattern(regexp = DEALER_ID_PATTERN)
            String dealerId,

            @NotBlank @Size(max = NAME_MAX) String name,

            @NotBlank @Pattern(regexp = "\\+?[0-9 ()-]{5,20}")
            String phone,

            @Email @Size(max = EMAIL_MAX) String email,
            @Size(max = MODEL_MAX) String modelOfInterest,
            @Size(max = MESSAGE_MAX) String message,
            LocalDate preferredDate,

            @NotNull @AssertTrue(message = "consent to be contacted is required")
            Boolean consent,

            /* the dealer's campaign the form's link named (?campaign=); lead-service ignores one not the dealer's */
            UUID campaignId) {}

    /** A test-drive request: the same form, the model to drive is required. */
    public record TestDriveRequest(
            @NotBlank @Size(max = DEALER_ID_MAX) @Pattern(regexp = DEALER_ID_PATTERN)
            String dealerId,

            @NotBlank @Size(max = NAME_MAX) String name,

            @NotBlank @Pattern(regexp = "\\+?[0-9 ()-]{5,20}")
            String phone,

            @Email @Size(max = EMAIL_MAX) String email,
            @NotBlank @Size(max = MODEL_MAX) String modelOfInterest,
            @Size(max = MESSAGE_MAX) String message,
            LocalDate preferredDate,

            @NotNull @AssertTrue(message = "consent to be contacted is required")
            Boolean consent,

            /* the dealer's campaign the form's link named (?campaign=) */
            UUID campaignId) {}

    /** "Where is my car": the order number and the last four digits of the buyer's phone. */
    public record OrderStatusQuery(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+")
            String orderNumber,

            @NotBlank @Pattern(regexp = "[0-9]{4}") String phoneLast4) {}
}
