package dev.showroom.aftersales.referral;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * A person a customer referred (from the signature on: docs/process.md, steps 8 and 10), with that person's consent to be contacted. {@code referredLeadId} is
 * the lead lead-service made of them, once its {@code lead.created} arrives; their erasure clears name and phone.
 */
@Entity
@Table(name = "referral")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID referrerLeadId;
    public UUID referredLeadId;
    public String consultantId;
    public String name;
    public String phone;
    public String relation;
    public Instant consentAt;
    public Instant receivedAt;
    public String recordedBy;
    /** The showroom visit agreed with the person on the spot, if one was (visit-service books it). */
    public Instant appointmentAt;

    /** The referred person was erased: what identifies them goes, the fact of the referral stays. */
    public void erasePerson() {
        name = null;
        phone = null;
    }
}
