package dev.showroom.lead.followup;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadView;
import dev.showroom.lead.prospect.PurchaseTimeframe;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads/{id}/grade")
@Tag(
        name = "Grading and follow-up",
        description = "Lead grades (H, A, B, C), follow-up contacts and overdue follow-ups")
public class GradeResource {

    /**
     * purchaseTimeframe, when given, is what the customer said now (it suggests a grade, see the lead's
     * suggestedGrade; the consultant may choose another).
     */
    public record GradeRequest(@NotNull Grade grade, PurchaseTimeframe purchaseTimeframe) {}

    @Inject
    LeadAccess access;

    @Inject
    Grading grading;

    @Inject
    Clock clock;

    @PUT
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch(required = true)
    @Operation(
            operationId = "gradeLead",
            summary = "Grade the lead H, A, B or C (If-Match: the lead's ETag), with the purchase timeframe heard; the "
                    + "next follow-up is scheduled from the dealer's cadence")
    public LeadView grade(@PathParam("id") UUID id, @Valid @NotNull GradeRequest request) {
        if (!request.grade().manual()) {
            throw ProblemException.invalid(
                    "grade",
                    "manualGrade",
                    "Grade must be H, A, B or C (O and F follow " + "the order and the defeat)");
        }
        Lead lead = access.changeable(id);
        Preconditions.check(lead.version);
        if (!lead.followedUp()) {
            throw ProblemException.conflict("An ordered or defeated lead is not graded; reopen a defeated lead first");
        }
        if (request.purchaseTimeframe() != null) {
            lead.purchaseTimeframe = request.purchaseTimeframe();
        }
        grading.grade(lead, request.grade(), Instant.now(clock));
        return access.changed(lead);
    }
}
