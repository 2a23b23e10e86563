package dev.showroom.lead.erasure;

import dev.showroom.lead.followup.FollowUp;
import dev.showroom.lead.intake.LeadContact;
import dev.showroom.lead.objection.Objection;
import dev.showroom.lead.prospect.Defeat;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.LeadView;
import dev.showroom.platform.erasure.PersonalData;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's right to be forgotten: the lead keeps its channel, consultant, stage and dates (so the funnel
 * counts stay) but loses everything that identifies the person; the other services hear it by event.
 */
@Path("/api/v1/leads/{id}/erasure")
@Tag(name = "Erasure", description = "Erasing a person's personal data across the suite")
public class ErasureResource {

    @Inject
    LeadAccess access;

    @Inject
    LeadEvents events;

    @Inject
    Clock clock;

    @Inject
    PersonalData personalData;

    @POST
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(operationId = "eraseLead", summary = "Erase the person's personal data → customer.erasure-requested")
    public LeadView erase(@PathParam("id") UUID id) {
        Lead lead = Lead.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (lead == null) {
            throw ProblemException.notFound("Lead");
        }
        Preconditions.check(lead.version);
        if (lead.erased()) {
            return access.view(lead);
        }
        Instant now = Instant.now(clock);
        // stored answers to creating requests and the outbox's copies of the events lose the person too
        personalData.forget(lead.id, Collections.singletonList(lead.phone));
        lead.name = Lead.ERASED_NAME;
        lead.phone = null;
        lead.email = null;
        lead.sourceDetail = null;
        lead.notes = null;
        lead.budget = null;
        lead.qualificationNote = null;
        lead.defeatNote = null;
        lead.nextFollowUpAt = null;
        lead.erasedAt = now;
        lead.updatedAt = now;
        // referrals merged into this lead were never announced as leads: name them, or their copies stay
        List<UUID> mergedReferrals =
                LeadContact.<LeadContact>list("leadId = ?1 and referralId is not null", lead.id).stream()
                        .map(c -> c.referralId)
                        .toList();
        LeadContact.delete("leadId", lead.id);
        FollowUp.update("outcome = null, nextStep = null where leadId = ?1", lead.id);
        // the answers given to the person's objections and the defeats' notes are free texts about them
        Objection.update("answer = null where leadId = ?1", lead.id);
        Defeat.update("note = null where leadId = ?1", lead.id);
        events.erasureRequested(lead, mergedReferrals);
        return access.changed(lead);
    }
}
