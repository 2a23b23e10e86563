package dev.showroom.lead.intake;

import dev.showroom.platform.phone.PhoneNumbers;
import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The online form, called only by the gateway (role service, no dealer claim): the dealer comes from the
 * body. Consent is required. The answer is the same whether the person was new or known, and never
 * carries anyone's data.
 */
@Path("/api/v1/public/enquiries")
@Tag(name = "Public")
public class PublicEnquiryResource {

    public enum Kind {
        ENQUIRY, TEST_DRIVE_REQUEST
    }

    public record EnquiryRequest(@NotBlank @Size(max = 64) String dealerId, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 40) String phone, @Email @Size(max = 254) String email,
            @Size(max = 100) String modelOfInterest, @Size(max = 2000) String message, @NotNull Kind kind,
            LocalDate preferredDate,
            @NotNull @AssertTrue(message = "consent to be contacted is required") Boolean consent) {
    }

    public record EnquiryReceived(String reference) {
    }

    @Inject
    LeadIntake intake;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "An online enquiry or test-drive request: creates or merges a lead with channel ONLINE")
    public Response enquire(@Valid @NotNull EnquiryRequest request) {
        String notes = LeadEvents.blankToNull(request.message());
        if (request.preferredDate() != null) {
            notes = (notes == null ? "" : notes + "\n") + "Preferred date: " + request.preferredDate();
        }
        Capture capture = Capture.of(request.name(), request.phone(), request.email(), Channel.ONLINE,
                request.kind().name(), request.modelOfInterest(), notes, null, "online").withConsent(null);
        String dealer = request.dealerId().strip();
        try {
            LeadIntake.Captured captured = DealerContext.call(dealer,
                    () -> QuarkusTransaction.requiringNew().call(() -> intake.capture(dealer, capture)));
            String reference = "ENQ-" + captured.contactId().toString().substring(0, 8).toUpperCase();
            return Response.created(URI.create("/api/v1/public/enquiries/" + reference))
                    .entity(new EnquiryReceived(reference)).build();
        } catch (PhoneNumbers.InvalidPhoneException e) {
            throw ProblemException.invalid("phone", "phone", "phone is " + e.getMessage());
        }
    }
}
