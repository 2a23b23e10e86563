package dev.showroom.lead.prospect;

import dev.showroom.lead.settings.RememberedDealers;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Who may reach which lead: the dealer restriction hides other dealers' leads, and a consultant reaches only
 * their own; both answer 404 so nothing leaks.
 */
@RequestScoped
public class LeadAccess {

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    /** The dealer's time zone for the view's "due today": kept in memory, not read on every view. */
    @Inject
    RememberedDealers dealers;

    /** A lead the caller may read. */
    public Lead readable(UUID id) {
        Lead lead = byIdOfThisDealer(id);
        if (lead == null) {
            throw ProblemException.notFound("Lead");
        }
        staff.requireOwnerOrManager(lead.consultantId, "Lead");
        return lead;
    }

    /** A lead the caller may change (its owner, or a manager), locked against a concurrent change. */
    public Lead changeable(UUID id) {
        Lead lead = Lead.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (lead == null) {
            throw ProblemException.notFound("Lead");
        }
        if (!staff.isManager() && !(staff.has(Roles.CONSULTANT) && staff.id().equals(lead.consultantId))) {
            throw ProblemException.notFound("Lead");
        }
        if (lead.erased()) {
            throw ProblemException.conflict("This lead was erased");
        }
        return lead;
    }

    /** The view after a change, at the version the change is stored with (its ETag). */
    public LeadView changed(Lead lead) {
        Lead.flush();
        return view(lead);
    }

    public LeadView view(Lead lead) {
        Instant now = Instant.now(clock);
        return staff.onlyGreets()
                ? LeadView.greeting(lead, now)
                : LeadView.full(
                        lead, now, now.atZone(dealers.of(lead.dealerId).zone()).toLocalDate());
    }

    /**
     * The lead of this id if it is the current dealer's ({@code DealerOwned}'s restriction), else null. A plain
     * find: the restriction is the same SQL for every dealer, so Hibernate's one loader of the entity serves it.
     */
    static Lead byIdOfThisDealer(UUID id) {
        return Lead.findById(id);
    }
}
