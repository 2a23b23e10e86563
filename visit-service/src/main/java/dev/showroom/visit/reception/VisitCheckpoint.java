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
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A checkpoint of one visit or presentation, met or missed; kind, consultant and time are copied for the compliance figures. */
@Entity
@Table(name = "visit_checkpoint")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class VisitCheckpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID visitId;
    /** Set instead of visitId for a presentation's checkpoint. */
    public UUID presentationId;

    @Enumerated(EnumType.STRING)
    public VisitKind kind;

    @Enumerated(EnumType.STRING)
    public CheckpointCode code;

    public boolean met;
    public String consultantId;
    public Instant occurredAt;
}
