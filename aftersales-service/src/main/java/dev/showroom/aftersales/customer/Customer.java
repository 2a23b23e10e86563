package dev.showroom.aftersales.customer;

import dev.showroom.platform.leadcopy.LeadCopy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * After-sales' own copy of a customer (platform's {@link LeadCopy}: keyed by dealer and lead, newest
 * assignment wins, erasure kept), built from order and lead events: who to call, about which order, and
 * who sold the car.
 */
@Entity
@Table(name = "customer")
public class Customer extends LeadCopy {

    public enum Status {
        PROSPECT,
        SIGNED,
        CANCELLED,
        DELIVERED,
        DEFEATED
    }

    public UUID orderId;
    public String orderNumber;
    public String model;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant deliveredAt;
    public String defeatReason;
    public Instant lastTestDriveAt;
    /** The customer's first showroom walk-in (visit.recorded): a referred lead's conversion counts it. */
    public Instant firstVisitAt;
    /** The value and loyalty classes (loyalty/CustomerClasses keeps them current), null until first delivered. */
    public String valueClass;

    public String loyaltyClass;
    /** Why, comma separated (e.g. REPEAT_BUYER,OPEN_COMPLAINT). */
    public String classReasons;

    public Instant classifiedAt;

    /** The caller's dealer's copy, or null. */
    public static Customer byLead(UUID leadId) {
        return find(getEntityManager(), Customer.class, leadId);
    }

    /** The customer's row, created as a placeholder when an event arrives before any other about them. */
    public static Customer findOrCreate(UUID leadId, Status initial) {
        return findOrCreate(getEntityManager(), Customer.class, leadId, c -> c.status = initial);
    }

    public boolean delivered() {
        return status == Status.DELIVERED || deliveredAt != null;
    }
}
