package dev.showroom.aftersales.survey;

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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** One survey put to one customer, answered once by the customer through a single-use link. */
@Entity
@Table(name = "survey")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Survey extends PanacheEntityBase {

    public enum Purpose {
        DELIVERY,
        PERIODIC,
        LOST_CUSTOMER
    }

    public enum Status {
        PENDING,
        COMPLETED
    }

    /** LINK: answered by the customer. CALL: entered by staff on a call, before links became the only way. */
    public enum Channel {
        CALL,
        LINK
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID templateId;
    public String templateCode;
    public int templateVersion;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public UUID leadId;
    public UUID orderId;
    public String consultantId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** SHA-256 (hex) of the link token: the token itself is shown once and never stored. */
    public String linkTokenHash;

    public Instant linkExpiresAt;
    /** When the current link was sent to the customer, and through which channel (e.g. SMS). */
    public Instant linkSentAt;

    public String linkSentVia;
    public Instant createdAt;
    public Instant completedAt;
    public String completedBy;
    public Double csi;
    public Integer recommendScore;
    /** A periodic survey the job made: the month (its first day, UTC) it was made for; one per customer. */
    public LocalDate periodicMonth;
    /** Two answers at once (link and call): the second one loses. */
    @Version
    public long rowVersion;
}
