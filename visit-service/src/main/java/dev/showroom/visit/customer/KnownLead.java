package dev.showroom.visit.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * This service's copy of a prospect of lead-service, built from lead.created and lead.assigned: enough
 * to recognise a caller by phone and to know whose customer it is. Erased on request.
 */
@Entity
@Table(name = "known_lead")
public class KnownLead extends PanacheEntityBase {

    @Id
    public UUID leadId;
    @TenantId
    public String dealerId;
    public String name;
    /** E.164. */
    public String phone;
    public String consultantId;
    public Instant erasedAt;
    public Instant updatedAt;

    public static KnownLead byPhone(String e164) {
        return find("phone", e164).firstResult();
    }
}
