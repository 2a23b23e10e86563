package dev.showroom.visit.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Keeps the local copy of prospects. Upserts, because lead.assigned may arrive before lead.created
 * (different topics): whichever comes first creates the row, the other fills it in.
 */
@ApplicationScoped
public class LeadCopy {

    @Inject
    EntityManager em;

    public void created(UUID leadId, String dealerId, String name, String phone, String consultantId, Instant at) {
        // an erased person stays erased even if an old lead.created is redelivered late
        em.createNativeQuery("insert into known_lead (lead_id, dealer_id, name, phone, consultant_id, updated_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (lead_id) do update set "
                + "name = case when known_lead.erased_at is null then excluded.name end, "
                + "phone = case when known_lead.erased_at is null then excluded.phone end, "
                + "consultant_id = coalesce(known_lead.consultant_id, excluded.consultant_id)")
                .setParameter(1, leadId).setParameter(2, dealerId).setParameter(3, name).setParameter(4, phone)
                .setParameter(5, consultantId).setParameter(6, at).executeUpdate();
    }

    public void assigned(UUID leadId, String dealerId, String consultantId, Instant at) {
        // the newest assignment wins, whatever order the events came in
        em.createNativeQuery("insert into known_lead (lead_id, dealer_id, consultant_id, updated_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (lead_id) do update set consultant_id = excluded.consultant_id, "
                + "updated_at = excluded.updated_at where known_lead.updated_at <= excluded.updated_at "
                + "or known_lead.consultant_id is null")
                .setParameter(1, leadId).setParameter(2, dealerId).setParameter(3, consultantId).setParameter(4, at)
                .executeUpdate();
    }

    /** Whose customer the lead is, or null when this service has not heard of it. */
    public String consultantOf(UUID leadId) {
        KnownLead lead = KnownLead.findById(leadId);
        return lead == null ? null : lead.consultantId;
    }
}
