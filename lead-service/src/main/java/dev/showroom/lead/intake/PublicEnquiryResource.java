package dev.showroom.lead.intake;

import dev.showroom.lead.campaign.Campaigns;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.settings.KnownDealers;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.PublicFormRules;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.phone.PhoneNumbers;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The online form, called only by the gateway (role service, no dealer claim): the dealer comes from the
 * body and must be one of the {@link KnownDealers}. Consent is required (it counts for a new person only;
 * a known person's lead is never changed from here, see {@link LeadIntake}). The answer is the same
 * whether the person was new, known or absorbed by the daily cap, and never carries anyone's data.
 */
@Path("/api/v1/public/enquiries")
@Tag(
        name = "For the gateway",
        description = "Called only by the gateway's public endpoints, with its service token; not routed to clients")
public class PublicEnquiryResource {

    public enum Kind {
        ENQUIRY,
        TEST_DRIVE_REQUEST
    }

    /** The limits are the gateway's too ({@link PublicFormRules}); the dealer must also be a {@link KnownDealers}. */
    public record EnquiryRequest(
            @NotBlank @Size(max = PublicFormRules.DEALER_ID_MAX)
            String dealerId,

            @NotBlank @Size(max = PublicFormRules.NAME_MAX) String name,
            @NotBlank @Size(max = 40) String phone,
            @Email @Size(max = PublicFormRules.EMAIL_MAX) String email,
            @Size(max = PublicFormRules.MODEL_MAX) String modelOfInterest,
            @Size(max = PublicFormRules.MESSAGE_MAX) String message,
            @NotNull Kind kind,
            LocalDate preferredDate,
            UUID campaignId,

            @NotNull @AssertTrue(message = "consent to be contacted is required")
            Boolean consent) {}

    public record EnquiryReceived(String reference) {}

    @Inject
    LeadIntake intake;

    @Inject
    KnownDealers dealers;

    @Inject
    Campaigns campaigns;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "createEnquiryLead",
            summary = "An online enquiry or test-drive request: creates or merges a lead with channel ONLINE")
    public Response enquire(@Valid @NotNull EnquiryRequest request) {
        String notes = LeadEvents.blankToNull(request.message());
        if (request.preferredDate() != null) {
            notes = (notes == null ? "" : notes + "\n") + "Preferred date: " + request.preferredDate();
        }
        Capture capture = Capture.of(
                        request.name(),
                        request.phone(),
                        request.email(),
                        Channel.ONLINE,
                        request.kind().name(),
                        request.modelOfInterest(),
                        notes,
                        null,
                        "online")
                .fromPublicForm();
        String dealer = request.dealerId().strip();
        if (!dealers.exists(dealer)) {
            // one answer for unknown and reserved ids: it says no more than "not here"
            throw ProblemException.invalid(
                    "dealerId", "knownDealer", "dealerId does not name a dealer taking enquiries");
        }
        try {
            LeadIntake.Captured captured = DealerContext.call(
                    dealer,
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        LeadIntake.Captured c = intake.capture(dealer, capture, campaigns.known(request.campaignId()));
                        if (c.created()) {
                            // a known person's lead is not changed from here; a campaign not the dealer's is ignored
                            campaigns.attribute(c.lead(), campaigns.known(request.campaignId()));
                        }
                        return c;
                    }));
            UUID contact = captured.contactId() != null ? captured.contactId() : UUID.randomUUID();
            String reference = "ENQ-" + contact.toString().substring(0, 8).toUpperCase();
            return Response.created(URI.create("/api/v1/public/enquiries/" + reference))
                    .entity(new EnquiryReceived(reference))
                    .build();
        } catch (PhoneNumbers.InvalidPhoneException e) {
            throw ProblemException.invalid("phone", "phone", "phone is " + e.getMessage());
        }
    }
}
