package dev.showroom.visit.customer;

import dev.showroom.platform.leadcopy.LeadCopy;
import dev.showroom.platform.tenancy.DealerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.annotations.SQLRestriction;

/**
 * This service's copy of a prospect of lead-service (platform's {@link LeadCopy}: keyed by dealer and lead,
 * newest assignment wins, erasure kept), built from lead.created and lead.assigned: enough to recognise a
 * caller by phone and to know whose customer it is.
 */
@Entity
@Table(name = "known_lead")
@SQLRestriction(DealerOwned.RESTRICTION)
public class KnownLead extends LeadCopy {

    /** The caller's dealer's copy, or null when this service has not heard of the lead. */
    public static KnownLead byLead(UUID leadId) {
        return find(getEntityManager(), KnownLead.class, leadId);
    }

    public static KnownLead findOrCreate(UUID leadId) {
        return findOrCreate(getEntityManager(), KnownLead.class, leadId, k -> {});
    }

    /**
     * For lead.created and lead.contact, the events of a new lead: the copy inserted first, looked up only when it was
     * there (see LeadCopy.createOrFind).
     */
    public static KnownLead createOrFind(UUID leadId, Consumer<KnownLead> whenNew) {
        return createOrFind(getEntityManager(), KnownLead.class, leadId, whenNew);
    }

    public static KnownLead byPhone(String e164) {
        return find("phone", e164).firstResult();
    }
}
