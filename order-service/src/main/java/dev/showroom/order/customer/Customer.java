package dev.showroom.order.customer;

import dev.showroom.platform.leadcopy.LeadCopy;
import dev.showroom.platform.tenancy.DealerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * The local copy of a prospect (platform's {@link LeadCopy}: keyed by dealer and lead, newest assignment
 * wins, erasure kept): name and phone for the contract, the delivery call-backs and the "where is my car"
 * check, and the owning consultant. A quote for a lead not seen yet creates a placeholder that the events
 * fill in later.
 */
@Entity
@Table(name = "customer")
@SQLRestriction(DealerOwned.RESTRICTION)
public class Customer extends LeadCopy {

    /** The caller's dealer's copy, or null. */
    public static Customer byLead(UUID leadId) {
        return find(getEntityManager(), Customer.class, leadId);
    }

    public static Customer findOrCreate(UUID leadId) {
        return findOrCreate(getEntityManager(), Customer.class, leadId, c -> {});
    }
}
