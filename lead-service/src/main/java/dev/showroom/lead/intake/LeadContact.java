package dev.showroom.lead.intake;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.tenancy.DealerOwned;
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

/**
 * One time the person got in touch: the first capture and every later capture merged into the lead.
 * A contact nobody at the dealer vouched for (the public form, a referral) that matched a known person
 * is a pending contact request: it changes the lead only when staff confirm it.
 */
@Entity
@Table(name = "lead_contact")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class LeadContact extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {

    public enum Status {
        /** Nothing to decide: a new lead's first contact, or staff's own capture. */
        RECORDED,
        PENDING,
        CONFIRMED,
        DISMISSED
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String sourceDetail;
    public String name;
    public String email;
    public String note;
    public Instant occurredAt;
    /** The referral (referral.received) this contact came from, if it did. */
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public Status status = Status.RECORDED;

    public String modelOfInterest;
    public UUID referrerLeadId;
    /** The consent the form or the referral claimed: on record, never applied to a known person. */
    public Instant consentOfferedAt;

    public String decidedBy;
    public Instant decidedAt;

    /**
     * Staff confirmed the request: the lead learns what it did not know (e-mail, model, referrer); the
     * first values stay. Consent is not among them: only the person can give it (a staff capture with
     * {@code consent: true} after speaking to them).
     */
    public void confirm(Lead lead, String by, Instant now) {
        decide(Status.CONFIRMED, by, now);
        if (lead.email == null) {
            lead.email = email;
        }
        if (lead.modelOfInterest == null) {
            lead.modelOfInterest = modelOfInterest;
        }
        if (lead.referrerLeadId == null) {
            lead.referrerLeadId = referrerLeadId;
        }
        lead.updatedAt = now;
    }

    public void dismiss(String by, Instant now) {
        decide(Status.DISMISSED, by, now);
    }

    private void decide(Status decision, String by, Instant now) {
        if (status != Status.PENDING) {
            throw ProblemException.conflict(
                    "This contact request was already " + status.name().toLowerCase());
        }
        status = decision;
        decidedBy = by;
        decidedAt = now;
    }
}
