package dev.showroom.aftersales.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A customer's complaint. Never deleted: an erasure only anonymises it. */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    public enum Channel {
        PHONE, SHOWROOM, EMAIL, ONLINE, SOCIAL_MEDIA, SURVEY, LETTER, OTHER
    }

    public enum Category {
        SALES_PROCESS, STAFF_BEHAVIOUR, PRICE_AND_CONTRACT, PRODUCT, DELIVERY, DOCUMENTS, FINANCING, OTHER
    }

    public enum Severity {
        LOW, MEDIUM, HIGH, CRITICAL
    }

    /** OPEN until acknowledged; RESOLVED with a remedy; CLOSED only when the customer confirms. */
    public enum Status {
        OPEN, ACKNOWLEDGED, RESOLVED, CLOSED
    }

    public enum Remedy {
        COMPENSATION, APOLOGY, REPAIR, REPLACEMENT, REFUND, EXPLANATION, OTHER
    }

    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public UUID leadId;
    public UUID orderId;
    public String customerName;
    public String customerPhone;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    public String description;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant openedAt;
    public String openedBy;
    public Instant acknowledgeBy;
    public Instant acknowledgedAt;
    public String acknowledgedBy;
    public String assigneeId;
    /** Set when the acknowledgement SLA was breached: the complaint is then the manager's. */
    public Instant escalatedAt;
    @Enumerated(EnumType.STRING)
    public Remedy remedy;
    public String resolution;
    public Instant resolvedAt;
    public String resolvedBy;
    public Instant customerConfirmedAt;
    public Instant closedAt;
    @Version
    public long version;
}
