package dev.showroom.lead.followup;

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

/** A consultant's follow-up of a prospect: how, what came of it, what is next. */
@Entity
@Table(name = "follow_up")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class FollowUp extends PanacheEntityBase {

    public enum Kind {
        CALL,
        MESSAGE,
        VISIT
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public String consultantId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String outcome;
    public String nextStep;
    public Instant occurredAt;
    public Instant nextFollowUpAt;
}
