package dev.showroom.lead.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One time the person got in touch: the first capture and every later capture merged into the lead. */
@Entity
@Table(name = "lead_contact")
public class LeadContact extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public UUID leadId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String sourceDetail;
    public String name;
    public String email;
    public String note;
    public Instant occurredAt;
    /** The referral (referral.received) this contact came from, if it did. */
    public UUID referralId;
}
