package dev.showroom.visit.reception;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * One phone enquiry or showroom walk-in. An unknown visitor carries contact details until linked to a lead;
 * then the lead holds them and the visit keeps only the name.
 */
@Entity
@Table(name = "visit")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Visit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    @Enumerated(EnumType.STRING)
    public VisitKind kind;

    public UUID leadId;
    public String consultantId;
    public String contactName;
    /** E.164. */
    public String contactPhone;

    public String contactEmail;
    /** When the call came in, or when the walk-in arrived. */
    public Instant occurredAt;

    public Integer ringCount;
    public Integer secondsToAnswer;
    public Instant arrivalAt;
    public Instant departureAt;
    public Integer partySize;
    public String[] modelsPresented;
    public String outcome;
    public Instant appointmentAt;

    /** The campaign or marketing event the reception named (lead-service's id; the new lead points to it). */
    public UUID campaignId;

    public String recordedBy;
    public Instant recordedAt;

    @Version
    public long version;

    /** Joins the visit to its lead, which holds the contact from now on: the visit drops its own copy. */
    public void linkTo(UUID lead) {
        leadId = lead;
        contactPhone = null;
        contactEmail = null;
    }
}
