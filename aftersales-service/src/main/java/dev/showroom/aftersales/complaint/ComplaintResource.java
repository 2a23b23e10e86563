package dev.showroom.aftersales.complaint;

import dev.showroom.aftersales.complaint.Complaint.Category;
import dev.showroom.aftersales.complaint.Complaint.Channel;
import dev.showroom.aftersales.complaint.Complaint.Remedy;
import dev.showroom.aftersales.complaint.Complaint.RootCause;
import dev.showroom.aftersales.complaint.Complaint.Severity;
import dev.showroom.aftersales.complaint.Complaint.Status;
import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.customer.CustomerAccess;
import dev.showroom.aftersales.loyalty.CustomerClasses;
import dev.showroom.aftersales.settings.DealerSettings;
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
import dev.showroom.platform.idempotency.IdempotentCreate;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaints: opened from any channel, acknowledged within the SLA, investigated, resolved, confirmed. No DELETE. */
@Path("/api/v1/complaints")
@Tag(name = "Complaints", description = "Complaints, from opening to the customer's confirmation of the resolution")
@RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class ComplaintResource {

    public record NoteView(Instant writtenAt, String writtenBy, ComplaintNote.Kind kind, String text) {}

    public record ComplaintView(
            UUID id,
            UUID leadId,
            UUID orderId,
            UUID surveyId,
            String customerName,
            String customerPhone,
            Channel channel,
            Category category,
            Severity severity,
            String description,
            Status status,
            Instant openedAt,
            String openedBy,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            String assigneeId,
            boolean escalated,
            Instant escalatedAt,
            long ageHours,
            int priority,
            Instant resolveBy,
            Instant expectedResolutionBy,
            boolean acknowledgementOverdue,
            boolean resolutionOverdue,
            Remedy remedy,
            RootCause rootCause,
            String resolution,
            Instant resolvedAt,
            Instant customerConfirmedAt,
            Instant closedAt,
            List<NoteView> notes,
            long version)
            implements Versioned {}

    public record OpenRequest(
            UUID leadId,
            UUID orderId,
            @Size(min = 1, max = 100) String customerName,

            @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 phone number")
            String customerPhone,

            @NotNull Channel channel,
            @NotNull Category category,
            @NotNull Severity severity,
            @NotBlank @Size(max = 4000) String description,
            @Size(max = 100) String assigneeId) {}

    public record AssignRequest(@NotBlank @Size(max = 100) String assigneeId) {}

    public record NoteRequest(@NotBlank @Size(max = 4000) String text) {}

    /** Why the complaint goes to the managers before its SLA runs out (a serious case, an angry customer…). */
    public record EscalateRequest(
            @NotBlank @Size(max = 2000) String reason) {}

    /**
     * What the customer is told at the acknowledgement: the date to expect the resolution (default: the deadline of
     * the complaint's severity; a later one with the reason).
     */
    public record AcknowledgeRequest(
            Instant expectedResolutionBy, @Size(max = 2000) String reason) {}

    public record ResolveRequest(
            @NotNull Remedy remedy,
            @NotNull RootCause rootCause,
            @NotBlank @Size(max = 2000) String resolution) {}

    /** The customer's answer to the resolution: confirmed closes; not confirmed reopens the investigation. */
    public record ConfirmRequest(
            @NotNull Boolean confirmed, @Size(max = 2000) String note) {}

    @Inject
    CustomerClasses classes;

    @Inject
    CurrentStaff staff;

    @Inject
    CustomerAccess access;

    @Inject
    DealerSettings settings;

    @Inject
    ComplaintEvents events;

    @Inject
    ComplaintOpening opening;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "openComplaint",
            summary = "Open a complaint from any channel; it must be acknowledged within the dealer's SLA")
    @APIResponse(
            responseCode = "201",
            description = "The complaint; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComplaintView.class)))
    public Response open(@Valid @NotNull OpenRequest request) {
        // a consultant opens complaints about their own customers only (the view shows the customer's name and phone)
        UUID leadId = request.leadId();
        if (leadId == null && request.orderId() != null && access.seesOnlyOwn()) {
            Customer byOrder = Customer.find("orderId", request.orderId()).firstResult();
            access.requireMayWorkWith(byOrder == null ? null : byOrder.leadId);
        }
        if (leadId != null) {
            access.requireMayWorkWith(leadId);
        }
        Complaint c = opening.open(
                staff.dealerId(),
                request.channel(),
                request.category(),
                request.severity(),
                request.description(),
                staff.id(),
                leadId,
                request.orderId(),
                opened -> {
                    opened.customerName = request.customerName();
                    opened.customerPhone = request.customerPhone();
                    // a consultant who takes a complaint keeps it in sight
                    opened.assigneeId = request.assigneeId() != null
                            ? request.assigneeId()
                            : access.seesOnlyOwn() ? staff.id() : null;
                });
        classes.refresh(staff.dealerId(), c.leadId);
        return Response.created(URI.create("/api/v1/complaints/" + c.id))
                .entity(view(c, c.openedAt))
                .build();
    }

    @GET
    @Operation(
            operationId = "listComplaints",
            summary = "Complaints, by priority (CRITICAL first) then oldest first: ?open=true (not closed), ?status, "
                    + "?escalated, ?leadId; a consultant sees those assigned to them about their own customers")
    @Sortable(
            value = {"priority", "openedAt", "acknowledgeBy", "resolveBy", "closedAt"},
            byDefault = "priority,openedAt")
    public Page<ComplaintView> list(
            @QueryParam("status") String statusParam,
            @QueryParam("open") boolean open,
            @QueryParam("escalated") Boolean escalated,
            @QueryParam("leadId") String leadParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        Status status = QueryParams.enumOf(Status.class, statusParam, "status");
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        Filters f = new Filters()
                .and("status = :status", "status", status)
                .andIf(open, "status <> :closed", "closed", Status.CLOSED)
                .andIf(
                        escalated != null,
                        Boolean.TRUE.equals(escalated) ? "escalatedAt is not null" : "escalatedAt is null")
                .and("leadId = :leadId", "leadId", leadId)
                .andIf(
                        access.seesOnlyOwn(),
                        "assigneeId = :me and (leadId is null or " + CustomerAccess.OWN_LEAD.formatted("leadId") + ")",
                        "me",
                        staff.id());
        Instant now = Instant.now(clock);
        var found = Complaint.<Complaint>find(f.query(), Sorts.of(sort, "id"), f.params());
        List<Complaint> complaints = found.page(page.page, page.size).list();
        // the page's histories in one query, not one per complaint
        Map<UUID, List<NoteView>> notes = complaints.isEmpty()
                ? Map.of()
                : ComplaintNote.<ComplaintNote>list(
                                "complaintId in ?1",
                                Sort.by("writtenAt").and("id"),
                                complaints.stream().map(c -> c.id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                n -> n.complaintId,
                                Collectors.mapping(ComplaintResource::noteView, Collectors.toList())));
        return Page.of(
                complaints.stream()
                        .map(c -> view(c, notes.getOrDefault(c.id, List.of()), now))
                        .toList(),
                page,
                found.count());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getComplaint", summary = "One complaint with its history")
    public ComplaintView get(@PathParam("id") UUID id) {
        return view(load(id), Instant.now(clock));
    }

    /** The same without a body (older clients, a plain button): the customer is told the severity's deadline. */
    @POST
    @Path("{id}/acknowledge")
    @Transactional
    @IfMatch
    @Operation(hidden = true)
    public ComplaintView acknowledgeWithoutBody(@PathParam("id") UUID id) {
        return acknowledgeAndTell(id, null);
    }

    @POST
    @Path("{id}/acknowledge")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "acknowledgeComplaint",
            summary = "Acknowledge the complaint to the customer, telling them when to expect the resolution (by "
                    + "default the deadline of its severity); an escalated one: managers only")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView acknowledge(@PathParam("id") UUID id, @Valid AcknowledgeRequest request) {
        return acknowledgeAndTell(id, request);
    }

    private ComplaintView acknowledgeAndTell(UUID id, AcknowledgeRequest request) {
        Complaint c = loadForWork(id);
        Preconditions.check(c.version);
        Instant now = Instant.now(clock);
        ComplaintNote promise = c.acknowledge(
                staff.id(),
                now,
                request == null ? null : request.expectedResolutionBy(),
                request == null ? null : request.reason());
        if (promise != null) {
            promise.persist();
        }
        return view(Versions.stored(c), now);
    }

    @POST
    @Path("{id}/assign")
    @Transactional
    @IfMatch
    @Operation(operationId = "assignComplaint", summary = "Assign the complaint to a staff member who investigates it")
    public ComplaintView assign(@PathParam("id") UUID id, @Valid @NotNull AssignRequest request) {
        Complaint c = loadForWork(id);
        Preconditions.check(c.version);
        c.assign(request.assigneeId());
        return view(Versions.stored(c), Instant.now(clock));
    }

    @POST
    @Path("{id}/notes")
    @Transactional
    @IfMatch
    @Operation(operationId = "addComplaintNote", summary = "Add an investigation note")
    public ComplaintView note(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request) {
        Complaint c = loadForWork(id);
        Preconditions.check(c.version);
        Instant now = Instant.now(clock);
        c.note(staff.id(), request.text(), now).persist();
        return view(Versions.stored(c), now);
    }

    @POST
    @Path("{id}/escalate")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "escalateComplaint",
            summary = "Escalate the complaint to the dealer's managers now, with the reason, as the SLA would when it "
                    + "runs out; from then on the managers work on it")
    public ComplaintView escalate(@PathParam("id") UUID id, @Valid @NotNull EscalateRequest request) {
        Complaint c = load(id);
        Preconditions.check(c.version);
        Instant now = Instant.now(clock);
        // the database keeps one escalation per complaint: a concurrent SLA run or a second click fails (version)
        c.escalate(staff.id(), request.reason(), now).persist();
        return view(Versions.stored(c), now);
    }

    @POST
    @Path("{id}/resolve")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "resolveComplaint",
            summary = "Resolve with a remedy and the root cause found (an acknowledged complaint); it closes once the "
                    + "customer confirms")
    public ComplaintView resolve(@PathParam("id") UUID id, @Valid @NotNull ResolveRequest request) {
        Complaint c = loadForWork(id);
        Preconditions.check(c.version);
        Instant now = Instant.now(clock);
        c.resolve(request.remedy(), request.rootCause(), request.resolution(), staff.id(), now);
        events.announce(c, staff.dealerId());
        return view(Versions.stored(c), now);
    }

    @POST
    @Path("{id}/confirm")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "confirmComplaintResolution",
            summary = "Record the customer's answer to the resolution: confirmed closes the complaint, "
                    + "not confirmed reopens the investigation")
    public ComplaintView confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmRequest request) {
        Complaint c = loadForWork(id);
        Preconditions.check(c.version);
        Instant now = Instant.now(clock);
        ComplaintNote note = c.confirm(request.confirmed(), request.note(), staff.id(), now);
        if (note != null) {
            note.persist();
        }
        classes.refresh(staff.dealerId(), c.leadId);
        return view(Versions.stored(c), now);
    }

    /** A consultant's: assigned to them and about one of their own customers (or about no known customer). */
    private Complaint load(UUID id) {
        Complaint c = Complaint.findById(id);
        if (c == null
                || (access.seesOnlyOwn()
                        && (!staff.id().equals(c.assigneeId) || c.leadId != null && !access.mayWorkWith(c.leadId)))) {
            throw ProblemException.notFound("Complaint");
        }
        return c;
    }

    /** An escalated complaint is handled by a manager. */
    private Complaint loadForWork(UUID id) {
        Complaint c = load(id);
        if (c.escalatedAt != null && !staff.isManager()) {
            throw ProblemException.forbidden("This complaint was escalated: a manager handles it");
        }
        return c;
    }

    static ComplaintView view(Complaint c, Instant now) {
        List<NoteView> notes =
                ComplaintNote.<ComplaintNote>list(
                                "complaintId", Sort.by("writtenAt").and("id"), c.id)
                        .stream()
                        .map(ComplaintResource::noteView)
                        .toList();
        return view(c, notes, now);
    }

    static NoteView noteView(ComplaintNote n) {
        return new NoteView(n.writtenAt, n.writtenBy, n.kind, n.text);
    }

    static ComplaintView view(Complaint c, List<NoteView> notes, Instant now) {
        return new ComplaintView(
                c.id,
                c.leadId,
                c.orderId,
                c.surveyId,
                c.customerName,
                c.customerPhone,
                c.channel,
                c.category,
                c.severity,
                c.description,
                c.status,
                c.openedAt,
                c.openedBy,
                c.acknowledgeBy,
                c.acknowledgedAt,
                c.assigneeId,
                c.escalatedAt != null,
                c.escalatedAt,
                c.ageHours(now),
                c.priority,
                c.resolveBy,
                c.promisedResolutionBy,
                c.acknowledgementOverdue(now),
                c.resolutionOverdue(now),
                c.remedy,
                c.rootCause,
                c.resolution,
                c.resolvedAt,
                c.customerConfirmedAt,
                c.closedAt,
                notes,
                c.version);
    }
}
