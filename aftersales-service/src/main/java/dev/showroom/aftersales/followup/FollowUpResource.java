package dev.showroom.aftersales.followup;

import dev.showroom.aftersales.complaint.Complaint;
import dev.showroom.aftersales.complaint.ComplaintOpening;
import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.followup.FollowUpCall.Purpose;
import dev.showroom.aftersales.followup.FollowUpCall.Status;
import dev.showroom.aftersales.loyalty.CustomerClasses;
import dev.showroom.aftersales.referral.ReferralAsk;
import dev.showroom.aftersales.referral.ReferralResource;
import dev.showroom.aftersales.referral.ReferralResource.Person;
import dev.showroom.aftersales.referral.ReferralTaking;
import dev.showroom.aftersales.settings.AftersalesSettings;
import dev.showroom.aftersales.settings.DealerSettings;
import dev.showroom.platform.dealer.DealerProfiles;
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
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/follow-ups")
@Tag(name = "Follow-ups", description = "After-sales follow-up calls after delivery")
@RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class FollowUpResource {

    public record CallView(
            UUID id,
            Instant calledAt,
            String calledBy,
            boolean reached,
            String note,
            Boolean referralsAsked,
            Boolean satisfied,
            UUID complaintId,
            int referralsGiven) {}

    public record FollowUpView(
            UUID id,
            UUID leadId,
            UUID orderId,
            String orderNumber,
            String customerName,
            String customerPhone,
            Purpose purpose,
            Integer dayOffset,
            Instant dueAt,
            LocalDateTime dueLocal,
            String timeZone,
            String assigneeId,
            Status status,
            int attempts,
            boolean overdue,
            boolean referralAskDay,
            UUID surveyId,
            Instant doneAt,
            CallScript script,
            List<CallView> calls,
            long version)
            implements Versioned {}

    /**
     * retryAt: when to try again after an unanswered call (default: retryHours of the settings). referralsAsked:
     * the call's referral checkpoint; on a reached call of the dealer's referral-ask days (D+3, D+7) it is met or
     * missed (left out: missed), on another reached call it is recorded only when said.
     */
    public record CallRequest(
            @NotNull Boolean reached,
            @Size(max = 2000) String note,
            Instant retryAt,
            Boolean referralsAsked,
            Boolean satisfied,
            @Valid CallProblem problem,
            @Size(max = ReferralResource.MAX_PER_ASK) List<@Valid @NotNull Person> referrals) {}

    /** A problem the customer raised on the call: opened as a complaint (channel PHONE) in the same step. */
    public record CallProblem(
            @NotNull Complaint.Category category,
            @NotNull Complaint.Severity severity,
            @NotBlank @Size(max = 4000) String description) {}

    @Inject
    CustomerClasses classes;

    @Inject
    ComplaintOpening complaints;

    @Inject
    ReferralTaking referrals;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @GET
    @Operation(
            operationId = "listFollowUps",
            summary =
                    "Call-backs, soonest first: ?due=true (pending, due by the end of today in the dealer's time "
                            + "zone), ?overdue=true (pending and past due), ?leadId, ?status, ?assigneeId; a consultant sees only own")
    @Sortable(
            value = {"dueAt", "attempts", "doneAt"},
            byDefault = "dueAt")
    public Page<FollowUpView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("status") String statusParam,
            @QueryParam("assigneeId") String assigneeId,
            @QueryParam("due") boolean due,
            @QueryParam("overdue") boolean overdue,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        Status status = QueryParams.enumOf(Status.class, statusParam, "status");
        ZoneId zone = profiles.zone(staff.dealerId());
        Instant now = Instant.now(clock);
        Instant endOfToday =
                now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        Filters f = new Filters()
                .and("leadId = :leadId", "leadId", leadId)
                .and("status = :status", "status", status)
                .andIf(consultantOnly(), "assigneeId = :me", "me", staff.id())
                .andIf(!consultantOnly() && assigneeId != null, "assigneeId = :assignee", "assignee", assigneeId)
                .andIf(due || overdue, "status = :pending", "pending", Status.PENDING)
                .andIf(due, "dueAt < :endOfToday", "endOfToday", endOfToday)
                .andIf(overdue, "dueAt < :now", "now", now);
        var found = FollowUpCall.<FollowUpCall>find(f.query(), Sorts.of(sort, "id"), f.params());
        AftersalesSettings s = settings.of(staff.dealerId());
        List<FollowUpCall> calls = found.page(page.page, page.size).list();
        // the page's customers and calls in two queries, not two per call-back
        Map<UUID, Customer> customers = calls.isEmpty()
                ? Map.of()
                : Customer.<Customer>list(
                                "leadId in ?1",
                                calls.stream().map(c -> c.leadId).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(c -> c.leadId, c -> c));
        Map<UUID, List<CallAttempt>> attempts = calls.isEmpty()
                ? Map.of()
                : CallAttempt.<CallAttempt>list(
                                "followUpId in ?1",
                                Sort.by("calledAt").and("id"),
                                calls.stream().map(c -> c.id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(a -> a.followUpId));
        List<FollowUpView> items = calls.stream()
                .map(c -> view(c, customers.get(c.leadId), attempts.getOrDefault(c.id, List.of()), zone, now, s))
                .toList();
        return Page.of(items, page, found.count());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFollowUp", summary = "One call-back with every call made")
    public FollowUpView get(@PathParam("id") UUID id) {
        return view(load(id), profiles.zone(staff.dealerId()), Instant.now(clock), settings.of(staff.dealerId()));
    }

    @POST
    @Path("{id}/calls")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "recordFollowUpCall",
            summary = "Record a call: reached closes the call-back; not reached schedules a retry until the "
                    + "dealer's maximum attempts, then the call-back is UNREACHABLE")
    public FollowUpView recordCall(@PathParam("id") UUID id, @Valid @NotNull CallRequest request) {
        FollowUpCall call = load(id);
        Preconditions.check(call.version);
        if (call.status != Status.PENDING) {
            throw ProblemException.conflict("This call-back is already " + call.status);
        }
        AftersalesSettings s = settings.of(staff.dealerId());
        Instant now = Instant.now(clock);
        if (request.retryAt() != null && !request.retryAt().isAfter(now)) {
            throw ProblemException.invalid("retryAt", "future", "must be in the future");
        }
        if (!request.reached()) {
            // what the customer said needs a customer who answered
            if (request.satisfied() != null) {
                throw ProblemException.invalid(
                        "satisfied", "reached", "only a reached customer says whether satisfied");
            }
            if (request.problem() != null) {
                throw ProblemException.invalid("problem", "reached", "only a reached customer raises a problem");
            }
            if (request.referrals() != null && !request.referrals().isEmpty()) {
                throw ProblemException.invalid("referrals", "reached", "only a reached customer refers people");
            }
        }
        CallAttempt attempt = new CallAttempt();
        attempt.id = UUID.randomUUID();
        attempt.followUpId = call.id;
        attempt.calledAt = now;
        attempt.calledBy = staff.id();
        attempt.reached = request.reached();
        attempt.note = request.note();
        call.attempts++;
        if (request.reached()) {
            call.status = Status.DONE;
            call.doneAt = now;
            attempt.satisfied = request.satisfied();
            if (request.problem() != null) {
                CallProblem p = request.problem();
                attempt.complaintId = complaints.fromCall(
                                staff.dealerId(),
                                p.category(),
                                p.severity(),
                                p.description(),
                                staff.id(),
                                call.leadId,
                                call.orderId)
                        .id;
            }
            if (request.referrals() != null && !request.referrals().isEmpty()) {
                attempt.referralsGiven = referrals
                        .take(call.leadId, request.referrals(), "referrals")
                        .size();
            }
            if (referralAskDay(call, s) || request.referralsAsked() != null || attempt.referralsGiven > 0) {
                attempt.referralsAsked = Boolean.TRUE.equals(request.referralsAsked()) || attempt.referralsGiven > 0;
                Customer customer = Customer.byLead(call.leadId);
                ReferralAsk.record(
                        call.leadId,
                        customer == null ? call.assigneeId : customer.consultantId,
                        ReferralAsk.Occasion.CALL,
                        call.id,
                        call.dayOffset,
                        attempt.referralsAsked,
                        now);
            }
        } else if (call.attempts >= s.maxCallAttempts) {
            call.status = Status.UNREACHABLE;
            call.doneAt = now;
        } else {
            call.dueAt = request.retryAt() != null ? request.retryAt() : now.plus(Duration.ofHours(s.retryHours));
        }
        attempt.persist();
        if (attempt.referralsGiven == 0) { // taking referrals refreshed the classes already
            classes.refresh(staff.dealerId(), call.leadId);
        }
        return view(Versions.stored(call), profiles.zone(staff.dealerId()), now, s);
    }

    /** An after-delivery call on one of the dealer's referral-ask days (D+3, D+7 by default). */
    static boolean referralAskDay(FollowUpCall call, AftersalesSettings s) {
        return call.purpose == Purpose.AFTER_DELIVERY
                && call.dayOffset != null
                && s.referralAskDayList().contains(call.dayOffset);
    }

    private FollowUpCall load(UUID id) {
        FollowUpCall call = FollowUpCall.findById(id);
        if (call == null || (consultantOnly() && !staff.id().equals(call.assigneeId))) {
            throw ProblemException.notFound("Follow-up");
        }
        return call;
    }

    /** A consultant without a customer-care role works only their own call-backs. */
    private boolean consultantOnly() {
        return staff.seesOnlyOwn() && !staff.has(Roles.CUSTOMER_CARE);
    }

    private static FollowUpView view(FollowUpCall c, ZoneId zone, Instant now, AftersalesSettings s) {
        return view(
                c,
                Customer.byLead(c.leadId),
                CallAttempt.<CallAttempt>find("followUpId", Sort.by("calledAt").and("id"), c.id)
                        .list(),
                zone,
                now,
                s);
    }

    private static FollowUpView view(
            FollowUpCall c,
            Customer customer,
            List<CallAttempt> attempts,
            ZoneId zone,
            Instant now,
            AftersalesSettings s) {
        List<CallView> calls = attempts.stream()
                .map(a -> new CallView(
                        a.id,
                        a.calledAt,
                        a.calledBy,
                        a.reached,
                        a.note,
                        a.referralsAsked,
                        a.satisfied,
                        a.complaintId,
                        a.referralsGiven))
                .toList();
        return new FollowUpView(
                c.id,
                c.leadId,
                c.orderId,
                customer == null ? null : customer.orderNumber,
                customer == null ? null : customer.name,
                customer == null ? null : customer.phone,
                c.purpose,
                c.dayOffset,
                c.dueAt,
                LocalDateTime.ofInstant(c.dueAt, zone),
                zone.getId(),
                c.assigneeId,
                c.status,
                c.attempts,
                c.status == Status.PENDING && c.dueAt.isBefore(now),
                referralAskDay(c, s),
                c.surveyId,
                c.doneAt,
                CallScript.of(c.purpose, c.dayOffset),
                calls,
                c.version);
    }
}
