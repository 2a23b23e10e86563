package dev.showroom.lead.defeat;

import dev.showroom.lead.objection.Objection;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Defeat;
import dev.showroom.lead.prospect.DefeatReason;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.ObjectionCategory;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The defeats and the manager's review of each (减少客户战败): confirm it (aftersales-service then calls the lost
 * customer), or reopen the lead and hand it to a consultant of the roster.
 */
@Path("/api/v1/defeats")
@Tag(name = "Defeats", description = "Declaring a lead defeated (lost), the defeat analysis and review, reopening")
public class DefeatReviewResource {

    public enum Decision {
        CONFIRM,
        REOPEN
    }

    public record ReviewRequest(
            @NotNull Decision decision, @Size(max = 100) String consultantId) {}

    public record ObjectionSummary(
            UUID id,
            ObjectionCategory category,
            Objection.Context context,
            Objection.Genuine genuine,
            boolean resolved,
            Instant raisedAt) {}

    public record DefeatView(
            UUID id,
            UUID leadId,
            String leadName,
            String consultantId,
            Channel channel,
            String model,
            DefeatReason reason,
            ObjectionCategory objection,
            String competitorBrand,
            String competitorModel,
            Stage stageReached,
            String note,
            String defeatedBy,
            Instant defeatedAt,
            Defeat.Review review,
            String reviewedBy,
            Instant reviewedAt,
            String reassignedTo,
            List<ObjectionSummary> lastObjections,
            long version)
            implements Versioned {}

    static final int LAST_OBJECTIONS = 3;

    @Inject
    LeadAccess access;

    @Inject
    Defeats defeats;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listDefeats",
            summary = "Defeats, oldest first unless sorted, by review state (PENDING: the manager's queue) or of one "
                    + "lead (its defeats and their reviews, reopened ones too); a consultant sees their own")
    @Sortable(
            value = {"defeatedAt", "reviewedAt"},
            byDefault = "defeatedAt")
    public Page<DefeatView> list(
            @QueryParam("review") String reviewParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("leadId") UUID leadId,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        Defeat.Review review = QueryParams.enumOf(Defeat.Review.class, reviewParam, "review");
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (review != null) {
            params.add(review);
            q.append(" and review = ?").append(params.size());
        }
        String consultant = staff.seesOnlyOwn() ? staff.id() : consultantId;
        if (leadId != null) {
            // one lead's defeats: whoever may read the lead (a consultant their own lead, 404 otherwise) sees them
            // all, those declared by the consultant who had it before too
            access.readable(leadId);
            params.add(leadId);
            q.append(" and leadId = ?").append(params.size());
            consultant = consultantId;
        }
        if (consultant != null && !consultant.isBlank()) {
            params.add(consultant.strip());
            q.append(" and consultantId = ?").append(params.size());
        }
        var found = Defeat.<Defeat>find(q.toString(), Sorts.of(sort, "id"), params.toArray());
        return Pages.of(found, page, DefeatReviewResource::view);
    }

    @GET
    @Path("{defeatId}")
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getDefeat", summary = "One defeat with its analysis and the objections that preceded it")
    public DefeatView get(@PathParam("defeatId") UUID defeatId) {
        Defeat d = Defeat.findById(defeatId);
        if (d == null) {
            throw ProblemException.notFound("Defeat");
        }
        staff.requireOwnerOrManager(d.consultantId, "Defeat");
        return view(d);
    }

    @POST
    @Path("{defeatId}/review")
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "reviewDefeat",
            summary =
                    "The manager confirms the defeat (the lost-customer call follows) or reopens the lead, optionally "
                            + "for another active consultant of the roster (consultantId); If-Match: the defeat's ETag → "
                            + "lead.defeat-reviewed")
    public DefeatView review(@PathParam("defeatId") UUID defeatId, @Valid @NotNull ReviewRequest request) {
        UUID leadId = Defeat.getEntityManager()
                .createQuery("select d.leadId from Defeat d where d.id = :id", UUID.class)
                .setParameter("id", defeatId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Defeat"));
        // the lead first, then its defeat: the order a reopening from the lead (DELETE …/defeat) locks them in
        Lead lead = access.changeable(leadId);
        Defeat d = Defeat.findById(defeatId, LockModeType.PESSIMISTIC_WRITE);
        Preconditions.check(d.version);
        Instant now = Instant.now(clock);
        if (request.decision() == Decision.CONFIRM) {
            if (request.consultantId() != null && !request.consultantId().isBlank()) {
                throw ProblemException.invalid(
                        "consultantId", "onlyOnReopen", "A consultant is named only when the lead is reopened");
            }
            defeats.confirm(lead, d, staff.id(), now);
        } else {
            if (!d.pending()) {
                throw ProblemException.conflict("The defeat was reviewed already: " + d.review);
            }
            if (!d.id.equals(lead.defeatId)) {
                throw ProblemException.conflict("The lead is no longer defeated by this defeat");
            }
            defeats.reopen(lead, staff.id(), request.consultantId(), now);
        }
        Defeat.flush();
        return view(d);
    }

    static DefeatView view(Defeat d) {
        Lead lead = Lead.findById(d.leadId);
        List<ObjectionSummary> last = Objection.<Objection>find(
                        "leadId = ?1 and raisedAt <= ?2 order by raisedAt desc, id", d.leadId, d.defeatedAt)
                .page(0, LAST_OBJECTIONS)
                .list()
                .stream()
                .map(o -> new ObjectionSummary(o.id, o.category, o.context, o.genuine, o.resolved(), o.raisedAt))
                .toList();
        return new DefeatView(
                d.id,
                d.leadId,
                lead == null ? null : lead.name,
                d.consultantId,
                d.channel,
                d.model,
                d.reason,
                d.objection,
                d.competitorBrand,
                d.competitorModel,
                d.stageReached,
                d.note,
                d.defeatedBy,
                d.defeatedAt,
                d.review,
                d.reviewedBy,
                d.reviewedAt,
                d.reassignedTo,
                last,
                d.version);
    }
}
