package dev.showroom.lead.alert;

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
 * An alert to the dealer's managers about one lead: raised once per lead, kind and missed moment ({@code dueAt}),
 * acknowledged by a manager.
 */
@Entity
@Table(name = "lead_alert")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class LeadAlert extends PanacheEntityBase {

    public enum Kind {
        /** A hot lead (grade H, the top grade) left past its follow-up: dueAt is the missed follow-up. */
        HOT_LEAD_OVERDUE,
        /**
         * An online or referral lead not contacted within the dealer's response limit: dueAt is the deadline;
         * the rota handed it to reassignedTo (null: nobody else on duty).
         */
        RESPONSE_TIME_EXCEEDED
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public UUID leadId;
    /** Who owned the lead when the alert was raised (who missed it). */
    public String consultantId;

    public String reassignedTo;
    public Instant dueAt;
    public Instant raisedAt;
    public Instant acknowledgedAt;
    public String acknowledgedBy;

    @Version
    public long version;

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
