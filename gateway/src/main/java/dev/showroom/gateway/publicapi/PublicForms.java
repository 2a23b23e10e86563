package dev.showroom.gateway.publicapi;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a visitor of the dealer's website may send; checked here before any service is bothered. */
public final class PublicForms {

    private PublicForms() {
    }

    /** The online enquiry form; consent to be contacted is required. */
    public record Enquiry(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String dealerId,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = "\\+?[0-9 ()-]{5,20}") String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 100) String modelOfInterest,
            @Size(max = 2000) String message,
            LocalDate preferredDate,
            @NotNull @AssertTrue(message = "consent to be contacted is required") Boolean consent) {
    }

    /** A test-drive request: the same form, the model to drive is required. */
    public record TestDriveRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String dealerId,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = "\\+?[0-9 ()-]{5,20}") String phone,
            @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 100) String modelOfInterest,
            @Size(max = 2000) String message,
            LocalDate preferredDate,
            @NotNull @AssertTrue(message = "consent to be contacted is required") Boolean consent) {
    }

    /** "Where is my car": the order number and the last four digits of the buyer's phone. */
    public record OrderStatusQuery(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String orderNumber,
            @NotBlank @Pattern(regexp = "[0-9]{4}") String phoneLast4) {
    }
}
