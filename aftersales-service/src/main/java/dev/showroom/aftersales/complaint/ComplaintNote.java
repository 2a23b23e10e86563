package dev.showroom.aftersales.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The complaint's history: investigation notes, the escalation, a reopening. */
@Entity
@Table(name = "complaint_note")
public class ComplaintNote extends PanacheEntityBase {

    public enum Kind {
        NOTE,
        ESCALATION,
        REOPENED
    }

    @Id
    public UUID id;

    @TenantId
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
