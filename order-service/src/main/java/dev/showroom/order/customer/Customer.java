package dev.showroom.order.customer;

import dev.showroom.platform.leadcopy.LeadCopy;
import dev.showroom.platform.tenancy.DealerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /**
     * The caller's dealer's copies of {@code leadIds} by lead, in one query (a report's page of orders, not one
     * read per order); a lead this service has not heard of is absent.
     */
    public static Map<UUID, Customer> byLeads(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        // the dealer is the entity's restriction (DealerOwned.RESTRICTION), as for every query
        return Customer.<Customer>list("leadId in ?1", Set.copyOf(leadIds)).stream()
                .collect(Collectors.toMap(c -> c.leadId, Function.identity()));
    }

    public static Customer findOrCreate(UUID leadId) {
        return findOrCreate(getEntityManager(), Customer.class, leadId, c -> {});
    }

    /**
     * For lead.created and lead.contact, the events of a new lead: the copy inserted first, looked up only when it was
     * there (see LeadCopy.createOrFind).
     */
    public static Customer createOrFind(UUID leadId, Consumer<Customer> whenNew) {
        return createOrFind(getEntityManager(), Customer.class, leadId, whenNew);
    }
}
