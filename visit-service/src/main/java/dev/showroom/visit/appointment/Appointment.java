package dev.showroom.visit.appointment;

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

/** An invitation to the showroom to be made, or a booked visit of a prospect. */
@Entity
@Table(name = "appointment")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    /** The call or walk-in in which it was agreed, if any. */
    public UUID visitId;

    public String consultantId;

    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;

    public Instant scheduledAt;
    public String purpose;
    public String note;
    public Instant reminderSentAt;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
