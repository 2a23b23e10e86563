package dev.showroom.lead.alert;

import dev.showroom.lead.prospect.Lead;
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

/** The managers' alerts about leads (docs/process.md, "Manager alerts"): listed, read, acknowledged. */
@Path("/api/v1/lead-alerts")
@Tag(name = "Manager alerts", description = "Hot leads past their follow-up, new leads not contacted in time")
public class AlertResource {

    /** leadName: the lead's name for the manager's screen (managers see their dealer's people). */
    public record AlertView(
            UUID id,
            LeadAlert.Kind kind,
            UUID leadId,
            String leadName,
            String consultantId,
            String reassignedTo,
            Instant dueAt,
            Instant raisedAt,
            boolean acknowledged,
            Instant acknowledgedAt,
            String acknowledgedBy,
            long version)
            implements Versioned {}

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listLeadAlerts",
            summary = "The dealer's alerts, newest first unless sorted; acknowledged=false: those still to see to")
    @Sortable(
            value = {"raisedAt", "dueAt", "acknowledgedAt"},
            byDefault = "-raisedAt")
    public Page<AlertView> list(
            @QueryParam("acknowledged") Boolean acknowledged,
            @QueryParam("kind") String kindParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        LeadAlert.Kind kind = QueryParams.enumOf(LeadAlert.Kind.class, kindParam, "kind");
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (acknowledged != null) {
            q.append(acknowledged ? " and acknowledgedAt is not null" : " and acknowledgedAt is null");
        }
        if (kind != null) {
            params.add(kind);
            q.append(" and kind = ?").append(params.size());
        }
        if (consultantId != null && !consultantId.isBlank()) {
            params.add(consultantId.strip());
            q.append(" and consultantId = ?").append(params.size());
        }
        var found = LeadAlert.<LeadAlert>find(q.toString(), Sorts.of(sort, "id"), params.toArray());
        return Pages.of(found, page, AlertResource::view);
    }

    @GET
    @Path("{alertId}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getLeadAlert", summary = "One alert, with its ETag")
    public AlertView get(@PathParam("alertId") UUID alertId) {
        LeadAlert a = LeadAlert.findById(alertId);
        if (a == null) {
            throw ProblemException.notFound("Alert");
        }
        return view(a);
    }

    @POST
    @Path("{alertId}/acknowledgement")
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "acknowledgeLeadAlert",
            summary = "The manager has seen to the alert (If-Match: the alert's ETag); acknowledged already → 409")
    public AlertView acknowledge(@PathParam("alertId") UUID alertId) {
        LeadAlert a = LeadAlert.findById(alertId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("Alert");
        }
        Preconditions.check(a.version);
        if (a.acknowledged()) {
            throw ProblemException.conflict("The alert was acknowledged already by " + a.acknowledgedBy);
        }
        a.acknowledgedAt = Instant.now(clock);
        a.acknowledgedBy = staff.id();
        LeadAlert.flush();
        return view(a);
    }

    static AlertView view(LeadAlert a) {
        Lead lead = Lead.findById(a.leadId);
        return new AlertView(
                a.id,
                a.kind,
                a.leadId,
                lead == null ? null : lead.name,
                a.consultantId,
                a.reassignedTo,
                a.dueAt,
                a.raisedAt,
                a.acknowledged(),
                a.acknowledgedAt,
                a.acknowledgedBy,
                a.version);
    }
}
