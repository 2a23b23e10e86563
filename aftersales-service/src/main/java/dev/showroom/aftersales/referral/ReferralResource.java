package dev.showroom.aftersales.referral;

import dev.showroom.aftersales.customer.CustomerAccess;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.idempotency.IdempotentCreate;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * From the signature on, each time a customer is asked (seed 002: "one to three people" per ask) they refer one to
 * three people; each becomes referral.received (a new lead), with the showroom visit agreed on the spot if one was.
 */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Friends referred by a customer")
@RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class ReferralResource {

    /** The most people one ask brings (docs/process.md, step 10: one to three per ask, not a lifetime cap). */
    public static final int MAX_PER_ASK = 3;

    public record Person(
            @NotBlank @Size(max = 100) String name,

            @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 phone number")
            String phone,

            @Size(max = 64) String relation,

            @NotNull @AssertTrue(message = "the referred person must consent to be contacted")
            Boolean consent,

            Instant appointmentAt) {}

    public record ReferralRequest(
            @NotNull UUID referrerLeadId,
            @NotNull @Size(min = 1, max = MAX_PER_ASK) List<@Valid @NotNull Person> referrals) {}

    public record ReferralView(
            UUID id,
            UUID referrerLeadId,
            String consultantId,
            String name,
            String phone,
            String relation,
            Instant consentAt,
            Instant receivedAt,
            Instant appointmentAt,
            UUID referredLeadId) {
        static ReferralView of(Referral r) {
            return new ReferralView(
                    r.id,
                    r.referrerLeadId,
                    r.consultantId,
                    r.name,
                    r.phone,
                    r.relation,
                    r.consentAt,
                    r.receivedAt,
                    r.appointmentAt,
                    r.referredLeadId);
        }
    }

    public record Referrals(UUID referrerLeadId, List<ReferralView> referrals) {}

    @Inject
    ReferralTaking taking;

    @Inject
    CurrentStaff staff;

    @Inject
    CustomerAccess access;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "createReferrals",
            summary = "Record the one to three people a customer refers on one ask, from the signature on (each with "
                    + "consent, and the showroom visit agreed on the spot if one was)")
    @APIResponse(
            responseCode = "201",
            description = "The referrals recorded; Location names the referrer's list",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Referrals.class)))
    public Response refer(@Valid @NotNull ReferralRequest request) {
        access.requireMayWorkWith(request.referrerLeadId());
        List<ReferralView> created = taking.take(request.referrerLeadId(), request.referrals(), "referrals").stream()
                .map(ReferralView::of)
                .toList();
        return Response.created(URI.create("/api/v1/referrals?referrerLeadId=" + request.referrerLeadId()))
                .entity(new Referrals(request.referrerLeadId(), created))
                .build();
    }

    @GET
    @Operation(operationId = "listReferrals", summary = "The people a customer referred (?referrerLeadId is required)")
    public Referrals list(@QueryParam("referrerLeadId") String referrerParam) {
        UUID referrerLeadId = QueryParams.uuid(referrerParam, "referrerLeadId");
        if (referrerLeadId == null) {
            throw ProblemException.invalid("referrerLeadId", "notNull", "name the referring customer");
        }
        access.requireMayWorkWith(referrerLeadId);
        return new Referrals(
                referrerLeadId,
                Referral.<Referral>list("referrerLeadId", Sort.by("receivedAt").and("id"), referrerLeadId).stream()
                        .map(ReferralView::of)
                        .toList());
    }
}
