package dev.showroom.aftersales.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * After-sales' own copy of a customer, built from order and lead events: who to call, about which
 * order, and who sold the car. Keyed by the lead id, the customer's id across the suite.
 */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    public enum Status {
        PROSPECT, SIGNED, CANCELLED, DELIVERED, DEFEATED
    }

    @Id
    public UUID leadId;
    @TenantId
    public String dealerId;
    public String name;
    public String phone;
    public String consultantId;
    public UUID orderId;
    public String orderNumber;
    public String model;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant deliveredAt;
    public String defeatReason;
    public Instant lastTestDriveAt;
    public boolean erased;
    @Version
    public long version;

    /** The customer's row, created as a placeholder when an event arrives before any other about them. */
    public static Customer findOrCreate(UUID leadId, Status initial) {
        Customer c = findById(leadId);
        if (c == null) {
            c = new Customer();
            c.leadId = leadId;
            c.status = initial;
            c.persist();
        }
        return c;
    }

    public boolean delivered() {
        return status == Status.DELIVERED || deliveredAt != null;
    }
}
