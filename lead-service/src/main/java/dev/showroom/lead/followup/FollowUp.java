package dev.showroom.lead.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A consultant's follow-up of a prospect: how, what came of it, what is next. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    public enum Kind {
        CALL,
        MESSAGE,
        VISIT
    }

    @Id
    public UUID id;

    @TenantId
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
