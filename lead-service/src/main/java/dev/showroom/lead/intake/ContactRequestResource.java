package dev.showroom.lead.intake;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.persistence.Sorts;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contact requests: what the public form or a referral offered about a person the dealer already knows.
 * Staff who may change the lead confirm them (the details are applied, never consent) or dismiss them.
 */
@Path("/api/v1/leads/contact-requests")
@Tag(name = "Leads", description = "Prospects: capture, search, contacts, contact requests and imports")
public class ContactRequestResource {

    public record ContactRequestView(
            UUID id,
            UUID leadId,
            Channel channel,
            String sourceDetail,
            String name,
            String email,
            String modelOfInterest,
            String note,
            boolean consentOffered,
            UUID referrerLeadId,
            Instant occurredAt,
            LeadContact.Status status,
            String decidedBy,
            Instant decidedAt) {

        static ContactRequestView of(LeadContact c) {
            return new ContactRequestView(
                    c.id,
                    c.leadId,
                    c.channel,
                    c.sourceDetail,
                    c.name,
                    c.email,
                    c.modelOfInterest,
                    c.note,
                    c.consentOfferedAt != null,
                    c.referrerLeadId,
                    c.occurredAt,
                    c.status,
                    c.decidedBy,
                    c.decidedAt);
        }
    }

    @Inject
    LeadAccess access;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listContactRequests",
            summary = "Contact requests waiting for a decision (or ?status=CONFIRMED|DISMISSED), newest first; "
                    + "a consultant sees those of their own leads")
    @Sortable(value = "occurredAt", byDefault = "-occurredAt")
    public Page<ContactRequestView> list(
            @QueryParam("status") String statusParam, @BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        LeadContact.Status status = QueryParams.enumOf(LeadContact.Status.class, statusParam, "status");
        if (status == LeadContact.Status.RECORDED) {
            throw ProblemException.invalid(
                    "status", "contactRequestStatus", "status must be PENDING, CONFIRMED or DISMISSED");
        }
        Parameters params = Parameters.with("status", status == null ? LeadContact.Status.PENDING : status);
        String query = "status = :status";
        if (staff.seesOnlyOwn()) {
            query += " and leadId in (select l.id from Lead l where l.consultantId = :consultant)";
            params.and("consultant", staff.id());
        }
        var found = LeadContact.<LeadContact>find(query, Sorts.of(sort, "id"), params);
        long total = found.count();
        List<ContactRequestView> items = found.page(page.page, page.size).list().stream()
                .map(ContactRequestView::of)
                .toList();
        return Page.of(items, page, total);
    }

    @POST
    @Path("{id}/confirmation")
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "confirmContactRequest",
            summary = "Confirm a contact request: the lead learns the e-mail, model and referrer it did not know "
                    + "(never consent, which only the person gives); decided already → 409")
    public ContactRequestView confirm(@PathParam("id") UUID id) {
        LeadContact request = request(id);
        request.confirm(access.changeable(request.leadId), staff.id(), Instant.now(clock));
        return ContactRequestView.of(request);
    }

    @POST
    @Path("{id}/dismissal")
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "dismissContactRequest",
            summary = "Dismiss a contact request: the lead stays as it is; decided already → 409")
    public ContactRequestView dismiss(@PathParam("id") UUID id) {
        LeadContact request = request(id);
        access.changeable(request.leadId);
        request.dismiss(staff.id(), Instant.now(clock));
        return ContactRequestView.of(request);
    }

    private static LeadContact request(UUID id) {
        LeadContact c = LeadContact.findById(id);
        if (c == null || c.status == LeadContact.Status.RECORDED) {
            throw ProblemException.notFound("Contact request");
        }
        return c;
    }
}
