package dev.showroom.aftersales.customer;

import dev.showroom.platform.leadcopy.LeadCopy;
import dev.showroom.platform.tenancy.DealerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.annotations.SQLRestriction;

/**
 * After-sales' own copy of a customer (platform's {@link LeadCopy}: keyed by dealer and lead, newest
 * assignment wins, erasure kept), built from order and lead events: who to call, about which order, and
 * who sold the car.
 */
@Entity
@Table(name = "customer")
@SQLRestriction(DealerOwned.RESTRICTION)
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
    /** The e-mail lead.contact carries (2.12.0), for e-mail messages; gone with the erasure. */
    public String email;
    /** The consent to be contacted, as lead.contact carries it; null: not known (no message is sent). */
    public Boolean consent;
    /** The customer said stop (a STOP reply or the link in a message): no message is sent from then on. */
    public Instant optedOutAt;

    public String optedOutVia;

    /** The caller's dealer's copy, or null. */
    public static Customer byLead(UUID leadId) {
        return find(getEntityManager(), Customer.class, leadId);
    }

    /** The customer's row, created as a placeholder when an event arrives before any other about them. */
    public static Customer findOrCreate(UUID leadId, Status initial) {
        return findOrCreate(getEntityManager(), Customer.class, leadId, c -> c.status = initial);
    }

    /**
     * For lead.contact, the first this service hears of a prospect: the row inserted first, looked up only when it
     * was there (see LeadCopy.createOrFind); {@code whenNew} fills a new row before it is inserted.
     */
    public static Customer createOrFind(UUID leadId, Status initial, Consumer<Customer> whenNew) {
        return createOrFind(getEntityManager(), Customer.class, leadId, c -> {
            c.status = initial;
            whenNew.accept(c);
        });
    }

    /** True when a message may be sent to the customer: consent given, not opted out, not erased. */
    public boolean mayBeMessaged() {
        return Boolean.TRUE.equals(consent) && optedOutAt == null && !erased();
    }

    /** The e-mail and the consent as lead.contact carries them (an absent value keeps what is known). */
    public void contactDetails(String email, Boolean consent) {
        if (erased()) {
            return;
        }
        if (email != null && !email.isBlank()) {
            this.email = email;
        }
        if (consent != null) {
            this.consent = consent;
        }
    }

    /** Opts the customer out of messages at once (kept: a later consent from lead.contact does not undo it). */
    public boolean optOut(Instant at, String via) {
        if (optedOutAt != null) {
            return false;
        }
        optedOutAt = at;
        optedOutVia = via;
        return true;
    }

    public boolean delivered() {
        return status == Status.DELIVERED || deliveredAt != null;
    }
}
