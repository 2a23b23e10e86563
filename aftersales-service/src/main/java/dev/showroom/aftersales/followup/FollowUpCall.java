package dev.showroom.aftersales.followup;

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
 * One planned call-back to a customer: after delivery (day 1, 3, 7, 30), for a periodic survey, or to a lost
 * customer after the manager confirmed the defeat (why did they decide against us; docs/process.md, "Defeats").
 */
@Entity
@Table(name = "follow_up_call")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class FollowUpCall extends PanacheEntityBase {

    public enum Purpose {
        AFTER_DELIVERY,
        PERIODIC_SURVEY,
        LOST_CUSTOMER
    }

    public enum Status {
        PENDING,
        DONE,
        UNREACHABLE,
        CANCELLED
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    /** Days after delivery (AFTER_DELIVERY only). */
    public Integer dayOffset;

    public Instant dueAt;
    public String assigneeId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;
    public UUID surveyId;
    /** The confirmed defeat a LOST_CUSTOMER call follows (one call per defeat). */
    public UUID defeatId;

    public Instant createdAt;
    public Instant doneAt;

    @Version
    public long version;
}
