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
import org.hibernate.Session;
import org.hibernate.binder.internal.TenantIdBinder;

/**
 * Who may reach which lead: the dealer filter hides other dealers' leads, and a consultant reaches only
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
     * {@code Lead.findById} for the session's dealer, without Hibernate building a loader for it on every call. With
     * the dealer filter on (discriminator multitenancy enables it in every session), Hibernate 7 does not reuse its
     * load-by-id plan: it builds the SQL of the select again for each find, a third of lead-service's CPU under reads
     * by id (docs/benchmarks.md, "The gateway's reads"). Here the find runs with the filter off, so that the entity's
     * one cached loader serves it, and the dealer is checked on the row instead: another dealer's lead is detached
     * and not found, as the filter would have made it.
     */
    static Lead byIdOfThisDealer(UUID id) {
        Session session = Lead.getSession();
        Object dealer = session.getTenantIdentifierValue();
        if (dealer == null || session.getEnabledFilter(TenantIdBinder.FILTER_NAME) == null) {
            return Lead.findById(id); // no dealer filter to step around
        }
        Lead lead;
        session.disableFilter(TenantIdBinder.FILTER_NAME);
        try {
            lead = session.find(Lead.class, id);
        } finally {
            session.enableFilter(TenantIdBinder.FILTER_NAME).setParameter(TenantIdBinder.PARAMETER_NAME, dealer);
        }
        if (lead != null && !dealer.equals(lead.dealerId)) {
            session.detach(lead);
            return null;
        }
        return lead;
    }
}
