package dev.showroom.visit.customer;

import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Whose customer a lead is, for work recorded about it (visits, test drives, needs analyses, appointments).
 * The consultant of record comes from this service's copy of the lead (lead.created, lead.assigned), never
 * from who is typing: work recorded by a consultant must not make them anybody's owner (lead-service and the
 * other copies take a consultant named by these records for an unassigned lead). A consultant works with the
 * customers their copy names; a missing copy, an unassigned lead and a colleague's customer are one and the
 * same 404 problem ({@code Lead}), as in after-sales. Managers, receptionists and admins work with every
 * customer of their dealer and may name the consultant.
 */
@RequestScoped
public class CustomerAccess {

    @Inject
    CurrentStaff staff;

    /** The copy of a lead the caller works with: for a consultant it must exist and name them; else it may be null. */
    public KnownLead workingCopy(UUID leadId) {
        KnownLead lead = KnownLead.byLead(leadId);
        if (staff.seesOnlyOwn()) {
            mustBeOwn(lead);
        }
        return lead;
    }

    /** Fails unless a consultant's copy of the customer names them (a missing copy denies). */
    public void mustBeOwn(KnownLead lead) {
        if (staff.seesOnlyOwn() && (lead == null || !staff.id().equals(lead.consultantId))) {
            throw ProblemException.notFound("Lead");
        }
    }

    /**
     * The consultant of record for new work on the lead: a consultant's own customer is theirs as the copy says;
     * others name one, or the copy's consultant is taken (null when nobody is known yet).
     */
    public String consultantOfRecord(UUID leadId, String named) {
        KnownLead lead = workingCopy(leadId);
        if (staff.seesOnlyOwn()) {
            return lead.consultantId;
        }
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        return lead == null ? null : lead.consultantId;
    }
}
