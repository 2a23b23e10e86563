package dev.showroom.aftersales.complaint;

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

/** The complaint's history: investigation notes, the escalation, a reopening. */
@Entity
@Table(name = "complaint_note")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class ComplaintNote extends PanacheEntityBase {

    public enum Kind {
        NOTE,
        ESCALATION,
        REOPENED
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID complaintId;
    public Instant writtenAt;
    public String writtenBy;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String text;

    /** A line of the history, not yet stored. */
    static ComplaintNote of(UUID complaintId, Instant at, String by, Kind kind, String text) {
        ComplaintNote note = new ComplaintNote();
        note.id = UUID.randomUUID();
        note.complaintId = complaintId;
        note.writtenAt = at;
        note.writtenBy = by;
        note.kind = kind;
        note.text = text;
        return note;
    }
}
