package dev.showroom.order.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Session;
import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The local copy of a prospect (built from lead events, never fetched synchronously): name and phone for the contract,
 * the delivery call-backs and the "where is my car" check, and the owning consultant. Built from lead
 * events; a quote for a lead not seen yet creates a placeholder that the events fill in later.
 */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {
    @Id
    public UUID leadId;
    @TenantId
    public String dealerId;
    public String name;
    /** E.164, as lead-service normalised it. */
    public String phone;
    public String consultantId;
    /** Set once the customer asked to be erased: name and phone are gone and never come back. */
    public Instant erasedAt;
    @Version
    public long version;

    /**
     * lead.created and lead.assigned of a new lead arrive on two consumers at once, and both find no row:
     * insert-if-absent lets the second wait for the first and then use its row, instead of failing on the
     * primary key.
     */
    public static Customer findOrCreate(UUID leadId) {
        Customer c = findById(leadId);
        if (c != null) {
            return c;
        }
        Session session = getEntityManager().unwrap(Session.class);
        session.createNativeMutationQuery("insert into customer (lead_id, dealer_id) values (:lead, :dealer) "
                + "on conflict (lead_id) do nothing")
                .setParameter("lead", leadId).setParameter("dealer", session.getTenantIdentifierValue())
                .executeUpdate();
        c = findById(leadId);
        if (c == null) {
            throw new IllegalStateException("lead " + leadId + " belongs to another dealer");
        }
        return c;
    }
}
