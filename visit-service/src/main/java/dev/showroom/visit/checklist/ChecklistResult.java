package dev.showroom.visit.checklist;

import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * One item of one run, or one spot check during the day (kind SPOT_CHECK, no run). A failure is also an action: its
 * owner fixes it, and closes it, the same day.
 */
@Entity
@Table(name = "checklist_result")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class ChecklistResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    /** OPENING (a result of the morning run) or SPOT_CHECK (walk-around management, no run). */
    public String kind = "OPENING";

    /** The morning run's; null for a spot check. */
    public UUID runId;

    /** The day of the run, or of the spot check (the dealer's zone). */
    public LocalDate runDate;

    /** A spot check's area of the showroom, when, and by whom. */
    public String area;

    public Instant checkedAt;
    public String checkedBy;
    public String itemCode;
    public String itemLabel;
    public boolean passed;
    public String note;
    public String ownerId;
    public Instant actionClosedAt;
    public String actionClosedBy;
    public String actionNote;

    @Version
    public long version;

    /** A failure's action is closed once, by whoever fixed it (409 when closed already). */
    public void closeAction(String by, String note, Instant now) {
        if (actionClosedAt != null) {
            throw ProblemException.conflict("The action is closed already");
        }
        actionClosedAt = now;
        actionClosedBy = by;
        actionNote = note;
    }

    /** Whether the action was closed on the day of its run (in the dealer's zone); null while it is open. */
    public Boolean closedSameDay(ZoneId zone) {
        return actionClosedAt == null
                ? null
                : actionClosedAt.atZone(zone).toLocalDate().equals(runDate);
    }
}
