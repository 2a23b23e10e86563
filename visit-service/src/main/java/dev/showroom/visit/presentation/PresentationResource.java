package dev.showroom.visit.presentation;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.visit.customer.CustomerAccess;
import dev.showroom.visit.customer.KnownLead;
import dev.showroom.visit.needs.NeedsAnalysis;
import dev.showroom.visit.reception.CheckpointCode;
import dev.showroom.visit.reception.VisitCheckpoint;
import dev.showroom.visit.reception.VisitKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Product presentations (docs/process.md, step 5). A presentation records what happened and is not revised: its
 * checkpoints are counted in compliance and its event moved the lead to PRESENTED.
 */
@Path("/api/v1/presentations")
@Tag(
        name = "Product presentation",
        description = "The selling points a consultant presented to a customer, the reactions and the checkpoints")
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class PresentationResource {

    public record PointRequest(
            UUID sellingPointId, @NotBlank @Size(max = 200) String feature, Boolean reacted, CustomerNeed need) {}

    public record CheckpointsRequest(
            @NotNull Boolean biggestBenefitFirst,
            @NotNull Boolean customerTookPart,
            @NotNull Boolean noCompetitorRunDown) {}

    public record PresentationRequest(
            @NotNull UUID leadId,
            UUID visitId,
            UUID needsAnalysisId,
            @NotBlank @Size(max = 100) String modelCode,
            @Size(max = 100) String trimCode,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid PointRequest> points,
            @Size(max = 100) String competitorAsked,
            @NotNull @Valid CheckpointsRequest checkpoints,
            Instant presentedAt) {}

    public record PresentationView(
            UUID id,
            UUID leadId,
            UUID visitId,
            UUID needsAnalysisId,
            String consultantId,
            String modelCode,
            String trimCode,
            List<PresentedPoint> points,
            int pointsReactedTo,
            String competitorAsked,
            List<Events.Checkpoint> checkpoints,
            Instant presentedAt,
            Instant createdAt,
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
            operationId = "recordPresentation",
            summary = "Record a product presentation: the selling points covered, the customer's reactions and needs "
                    + "they answered, the competitor asked about, the checkpoints (publishes presentation.recorded)")
    @APIResponse(
            responseCode = "201",
            description = "The presentation; Location names it",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = PresentationView.class)))
    public Response create(@Valid @NotNull PresentationRequest request) {
        KnownLead lead = access.workingCopy(request.leadId());
        Instant now = Instant.now(clock);
        Instant at = request.presentedAt() != null ? request.presentedAt() : now;
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw ProblemException.invalid("presentedAt", "notInFuture", "A presentation is recorded once it happened");
        }
        List<PresentedPoint> points = request.points().stream()
                .map(p -> new PresentedPoint(
                        p.sellingPointId(), p.feature().strip(), Boolean.TRUE.equals(p.reacted()), p.need()))
                .toList();
        int unlinked = PresentationCheckpoints.needWithoutAnalysis(points, request.needsAnalysisId() != null);
        if (unlinked >= 0) {
            throw ProblemException.invalid(
                    "points[" + unlinked + "].need",
                    "needsAnalysis",
                    "A point linked to a need names the needs analysis (needsAnalysisId) it comes from");
        }
        if (request.needsAnalysisId() != null) {
            NeedsAnalysis needs = NeedsAnalysis.findById(request.needsAnalysisId());
            if (needs == null || !needs.leadId.equals(request.leadId())) {
                throw ProblemException.invalid(
                        "needsAnalysisId", "sameLead", "needsAnalysisId must name a needs analysis of this lead");
            }
        }
        CheckpointsRequest c = request.checkpoints();
        PresentationCheckpoints checkpoints =
                new PresentationCheckpoints(c.biggestBenefitFirst(), c.customerTookPart(), c.noCompetitorRunDown());

        Presentation p = new Presentation();
        p.id = UUID.randomUUID();
        p.leadId = request.leadId();
        p.visitId = request.visitId();
        p.needsAnalysisId = request.needsAnalysisId();
        // the lead's consultant of record; whoever records for a lead nobody owns yet (it makes nobody its owner)
        p.consultantId = lead != null && lead.consultantId != null ? lead.consultantId : staff.id();
        p.modelCode = request.modelCode().strip();
        p.trimCode = request.trimCode() == null || request.trimCode().isBlank()
                ? null
                : request.trimCode().strip();
        p.competitorAsked =
                request.competitorAsked() == null || request.competitorAsked().isBlank()
                        ? null
                        : request.competitorAsked().strip();
        p.points = points;
        p.presentedAt = at;
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        for (Events.Checkpoint scored : checkpoints.scored()) {
            VisitCheckpoint row = new VisitCheckpoint();
            row.id = UUID.randomUUID();
            row.presentationId = p.id;
            row.kind = VisitKind.PRESENTATION;
            row.code = CheckpointCode.valueOf(scored.code());
            row.met = scored.met();
            row.consultantId = p.consultantId;
            row.occurredAt = at;
            row.persist();
        }
        outbox.publish(
                Topics.PRESENTATION_RECORDED,
                p.leadId,
                p.id,
                new Events.PresentationRecorded(
                        p.id,
                        staff.dealerId(),
                        p.leadId,
                        p.consultantId,
                        p.modelCode,
                        p.trimCode,
                        points.size(),
                        PresentationCheckpoints.reactedTo(points),
                        p.competitorAsked,
                        checkpoints.scored(),
                        at));
        return Response.created(URI.create("/api/v1/presentations/" + p.id))
                .entity(view(p))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPresentation", summary = "One product presentation")
    public PresentationView get(@PathParam("id") UUID id) {
        Presentation p = Presentation.findById(id);
        if (p == null || staff.seesOnlyOwn() && !staff.id().equals(p.consultantId)) {
            throw ProblemException.notFound("Presentation");
        }
        return view(p);
    }

    @GET
    @Sortable(
            value = {"presentedAt", "modelCode"},
            byDefault = "-presentedAt")
    @Operation(
            operationId = "listPresentations",
            summary =
                    "Product presentations by lead, consultant or model, newest first, paged; a consultant sees their own")
    public Page<PresentationView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("modelCode") @Size(max = 100) String modelCode,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        Filters f = new Filters()
                .and("leadId = :lead", "lead", leadId)
                .and("consultantId = :consultant", "consultant", blankToNull(consultantId))
                .and("modelCode = :model", "model", blankToNull(modelCode))
                .andIf(staff.seesOnlyOwn(), "consultantId = :me", "me", staff.id());
        var query = Presentation.<Presentation>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(query, page, PresentationResource::view);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static PresentationView view(Presentation p) {
        List<Events.Checkpoint> checkpoints = VisitCheckpoint.<VisitCheckpoint>list("presentationId", p.id).stream()
                .sorted((a, b) -> a.code.compareTo(b.code))
                .map(c -> new Events.Checkpoint(c.code.name(), c.met))
                .toList();
        return new PresentationView(
                p.id,
                p.leadId,
                p.visitId,
                p.needsAnalysisId,
                p.consultantId,
                p.modelCode,
                p.trimCode,
                p.points,
                PresentationCheckpoints.reactedTo(p.points),
                p.competitorAsked,
                checkpoints,
                p.presentedAt,
                p.createdAt,
                p.version);
    }
}
