package dev.showroom.visit.needs;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.Problem;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import dev.showroom.visit.customer.CustomerAccess;
import dev.showroom.visit.customer.KnownLead;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/needs-analyses")
@Tag(name = "Needs analysis", description = "The customer's needs, recorded during a visit")
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class NeedsAnalysisResource {

    /** NEADS: what the customer drives Now, Enjoys about it, would Alter, the Decision maker, the Solution sought. */
    public record Neads(
            @Size(max = 200) String nowDriving,
            @Size(max = 500) String enjoys,
            @Size(max = 500) String wouldAlter,
            @Size(max = 200) String decisionMaker,
            @Size(max = 500) String solutionSought) {}

    /** FORM: Family, Occupation, Recreation, Money (budget range in the dealer's currency). */
    public record Form(
            @Size(max = 500) String family,
            @Size(max = 200) String occupation,
            @Size(max = 500) String recreation,
            @PositiveOrZero @DecimalMax("999999999999") BigDecimal budgetMin,
            @PositiveOrZero @DecimalMax("999999999999") BigDecimal budgetMax,
            @Size(max = 200) String budgetNote) {}

    public record NeedsRequest(
            @NotNull UUID leadId,
            UUID visitId,
            @NotNull @Valid Neads neads,
            @NotNull @Valid Form form,
            @Size(max = 2000) String summary,
            Boolean summaryConfirmed,
            @Size(max = 100) String recommendedModel,
            @Size(max = 100) String recommendedTrim) {}

    public record NeedsView(
            UUID id,
            UUID leadId,
            UUID visitId,
            String consultantId,
            Neads neads,
            Form form,
            String summary,
            boolean summaryConfirmed,
            String recommendedModel,
            String recommendedTrim,
            Instant confirmedAt,
            Instant createdAt,
            Instant updatedAt,
            long version)
            implements Versioned {}

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @Inject
    CustomerAccess access;

    @Inject
    Outbox outbox;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "createNeedsAnalysis",
            summary = "Record a needs analysis (NEADS + FORM) and the summary confirmed with the customer")
    @APIResponse(
            responseCode = "201",
            description = "The needs analysis; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NeedsView.class)))
    public Response create(@Valid @NotNull NeedsRequest request) {
        String consultant = ownerFor(request.leadId());
        NeedsAnalysis n = new NeedsAnalysis();
        n.id = UUID.randomUUID();
        n.leadId = request.leadId();
        n.consultantId = consultant;
        n.createdAt = Instant.now(clock);
        apply(n, request);
        n.persist();
        announce(n, 0);
        return Response.created(URI.create("/api/v1/needs-analyses/" + n.id))
                .entity(view(n))
                .build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @IfMatch(required = true)
    @Operation(
            operationId = "updateNeedsAnalysis",
            summary = "Revise a needs analysis (If-Match: its ETag), e.g. once the customer confirmed the summary")
    public NeedsView update(@PathParam("id") UUID id, @Valid @NotNull NeedsRequest request) {
        NeedsAnalysis n = readable(id);
        Preconditions.check(n.version);
        if (!n.leadId.equals(request.leadId())) {
            throw ProblemException.invalid("leadId", "unchanged", "A needs analysis stays with its lead");
        }
        apply(n, request);
        NeedsAnalysis stored = Versions.stored(n);
        announce(stored, stored.version);
        return view(stored);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNeedsAnalysis", summary = "One needs analysis")
    public NeedsView get(@PathParam("id") UUID id) {
        return view(readable(id));
    }

    @GET
    @Operation(operationId = "listNeedsAnalyses", summary = "A lead's needs analyses, newest first, paged")
    @Sortable(
            value = {"createdAt", "updatedAt"},
            byDefault = "-createdAt")
    public Page<NeedsView> byLead(
            @QueryParam("leadId") String leadParam, @BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        if (leadId == null) {
            throw ProblemException.invalid("leadId", "required", "leadId is required");
        }
        String query = staff.seesOnlyOwn() ? "leadId = ?1 and consultantId = ?2" : "leadId = ?1";
        Object[] params = staff.seesOnlyOwn() ? new Object[] {leadId, staff.id()} : new Object[] {leadId};
        var found = NeedsAnalysis.<NeedsAnalysis>find(query, Sorts.of(sort, "id"), params);
        return Pages.of(found, page, NeedsAnalysisResource::view);
    }

    /**
     * A consultant interviews their own customers (the lead's copy names them; a missing copy denies); a manager
     * records for the lead's consultant, or as the interviewer when none is known (the record needs a name; no
     * event carries it, so it makes nobody the customer's owner).
     */
    private String ownerFor(UUID leadId) {
        KnownLead lead = access.workingCopy(leadId);
        return lead != null && lead.consultantId != null ? lead.consultantId : staff.id();
    }

    private NeedsAnalysis readable(UUID id) {
        NeedsAnalysis n = NeedsAnalysis.findById(id);
        if (n == null || staff.seesOnlyOwn() && !staff.id().equals(n.consultantId)) {
            throw ProblemException.notFound("Needs analysis");
        }
        return n;
    }

    private void apply(NeedsAnalysis n, NeedsRequest r) {
        Form f = r.form();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (f.budgetMin() != null && f.budgetMax() != null && f.budgetMax().compareTo(f.budgetMin()) < 0) {
            errors.add(
                    new Problem.FieldError("form.budgetMax", "notBelowMin", "budgetMax must not be below budgetMin"));
        }
        boolean confirmed = Boolean.TRUE.equals(r.summaryConfirmed());
        if (confirmed && (r.summary() == null || r.summary().isBlank())) {
            errors.add(new Problem.FieldError("summary", "required", "A confirmed summary needs the summary text"));
        }
        Recommendation recommended = Recommendation.of(r.recommendedModel(), r.recommendedTrim(), errors);
        ProblemException.refuseIfAny(errors);
        n.recommendedModel = recommended.model();
        n.recommendedTrim = recommended.trim();
        Instant now = Instant.now(clock);
        n.visitId = r.visitId();
        n.nowDriving = r.neads().nowDriving();
        n.enjoys = r.neads().enjoys();
        n.wouldAlter = r.neads().wouldAlter();
        n.decisionMaker = r.neads().decisionMaker();
        n.solutionSought = r.neads().solutionSought();
        n.family = f.family();
        n.occupation = f.occupation();
        n.recreation = f.recreation();
        n.budgetMin = f.budgetMin();
        n.budgetMax = f.budgetMax();
        n.budgetNote = f.budgetNote();
        n.summary = r.summary();
        if (confirmed && !n.summaryConfirmed) {
            n.confirmedAt = now;
        } else if (!confirmed) {
            n.confirmedAt = null;
        }
        n.summaryConfirmed = confirmed;
        n.updatedAt = now;
    }

    /**
     * needs.analysed through the outbox, on the record and on each revision: the model and trim recommended and
     * whether the summary was confirmed (none of the answers). lead-service takes the lead to NEEDS_ANALYSED.
     */
    private void announce(NeedsAnalysis n, long revision) {
        outbox.publish(
                Topics.NEEDS_ANALYSED,
                n.leadId,
                n.id,
                new Events.NeedsAnalysed(
                        n.id,
                        staff.dealerId(),
                        n.leadId,
                        n.consultantId,
                        n.recommendedModel,
                        n.recommendedTrim,
                        n.summaryConfirmed,
                        revision,
                        n.createdAt));
    }

    static NeedsView view(NeedsAnalysis n) {
        return new NeedsView(
                n.id,
                n.leadId,
                n.visitId,
                n.consultantId,
                new Neads(n.nowDriving, n.enjoys, n.wouldAlter, n.decisionMaker, n.solutionSought),
                new Form(n.family, n.occupation, n.recreation, n.budgetMin, n.budgetMax, n.budgetNote),
                n.summary,
                n.summaryConfirmed,
                n.recommendedModel,
                n.recommendedTrim,
                n.confirmedAt,
                n.createdAt,
                n.updatedAt,
                n.version);
    }
}
