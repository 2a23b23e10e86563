package dev.showroom.aftersales.messaging;

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
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * One message to one customer, kept in their history with its delivery status: QUEUED when the fact that calls
 * for it is applied, SENT once the provider took it, DELIVERED when the provider reports it arrived, FAILED when
 * it could not go (the provider refused it {@link #MAX_ATTEMPTS} times, or the customer opted out or was erased
 * before it went).
 */
@Entity
@Table(name = "outgoing_message")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class OutgoingMessage extends PanacheEntityBase {

    public static final int MAX_ATTEMPTS = 3;

    public enum Status {
        QUEUED,
        SENT,
        DELIVERED,
        FAILED
    }

    public enum Channel {
        SMS,
        EMAIL
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    public String language;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String subject;
    public String body;
    public String sourceKey;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String failure;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant queuedAt;
    public Instant sentAt;
    public Instant deliveredAt;
    public Instant failedAt;

    @Version
    public long version;

    /** The provider took the message; {@code delivered}: it also reports it arrived (the local provider). */
    public void sent(Instant at, boolean delivered) {
        attempts++;
        status = delivered ? Status.DELIVERED : Status.SENT;
        sentAt = at;
        deliveredAt = delivered ? at : null;
        failure = null;
    }

    /** The provider failed: tried again later (after 30 s, 60 s), FAILED after {@link #MAX_ATTEMPTS}. */
    public void attemptFailed(Instant at, String reason) {
        attempts++;
        failure = reason;
        if (attempts >= MAX_ATTEMPTS) {
            failed(at, reason);
        } else {
            nextAttemptAt = at.plus(Duration.ofSeconds(30L * attempts));
        }
    }

    /** It will not go (or the provider reports it did not arrive). */
    public void failed(Instant at, String reason) {
        status = Status.FAILED;
        failure = reason;
        failedAt = at;
    }

    /** The provider's receipt: DELIVERED or FAILED; a receipt for a message not sent yet, or already final, is kept out. */
    public boolean receipt(Status reported, Instant at) {
        if (status != Status.SENT && !(status == Status.DELIVERED && reported == Status.DELIVERED)) {
            return false;
        }
        if (reported == Status.DELIVERED) {
            status = Status.DELIVERED;
            deliveredAt = deliveredAt == null ? at : deliveredAt;
            return true;
        }
        if (reported == Status.FAILED) {
            failed(at, "NOT_DELIVERED");
            return true;
        }
        return false;
    }
}
