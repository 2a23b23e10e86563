package dev.showroom.aftersales.complaint;

import dev.showroom.platform.http.Problem;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * A customer's complaint, with the rules of its handling: OPEN until acknowledged (within the dealer's SLA, or
 * it is escalated), ACKNOWLEDGED while investigated, RESOLVED with a remedy, CLOSED when the customer confirms
 * (not confirmed: back to ACKNOWLEDGED). A step from the wrong state is a 409. Steps that write to the history
 * return the {@link ComplaintNote} to store; those that announce an event note it ({@link #announcements()}).
 * Never deleted: an erasure only anonymises it.
 */
@Entity
@Table(name = "complaint")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Complaint extends PanacheEntityBase {

    public enum Channel {
        PHONE,
        SHOWROOM,
        EMAIL,
        ONLINE,
        SOCIAL_MEDIA,
        SURVEY,
        LETTER,
        OTHER
    }

    public enum Category {
        SALES_PROCESS,
        STAFF_BEHAVIOUR,
        PRICE_AND_CONTRACT,
        PRODUCT,
        DELIVERY,
        DOCUMENTS,
        FINANCING,
        OTHER
    }

    public enum Severity {
        LOW,
        MEDIUM,
        HIGH,
        CRITICAL
    }

    /** OPEN until acknowledged; RESOLVED with a remedy; CLOSED only when the customer confirms. */
    public enum Status {
        OPEN,
        ACKNOWLEDGED,
        RESOLVED,
        CLOSED
    }

    /** What the investigation found behind the complaint (seed 003 §8.3: the root of the problem). */
    public enum RootCause {
        STAFF_CONDUCT,
        PROCESS_GAP,
        COMMUNICATION,
        PRODUCT_DEFECT,
        DELIVERY_DELAY,
        SUPPLIER_OR_PARTNER,
        CUSTOMER_EXPECTATION,
        NO_FAULT_FOUND,
        OTHER
    }

    public enum Remedy {
        COMPENSATION,
        APOLOGY,
        REPAIR,
        REPLACEMENT,
        REFUND,
        EXPLANATION,
        OTHER
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public UUID orderId;
    /** The survey whose detractor answer opened it, else null. */
    public UUID surveyId;

    public String customerName;
    public String customerPhone;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    /** The lists' order: 0 (CRITICAL) first; see {@link ComplaintDeadlines#priority}. */
    public int priority;

    public String description;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant openedAt;
    public String openedBy;
    public Instant acknowledgeBy;
    public Instant acknowledgedAt;
    public String acknowledgedBy;
    public String assigneeId;
    /** Set when it went to the managers: at once for HIGH and CRITICAL, else by hand or when a deadline passed. */
    public Instant escalatedAt;
    /** The dealer's deadline to resolve it (by severity). */
    public Instant resolveBy;
    /** When the customer was told to expect the resolution, at the acknowledgement (seed 003 §8.2). */
    public Instant promisedResolutionBy;

    @Enumerated(EnumType.STRING)
    public RootCause rootCause;

    @Enumerated(EnumType.STRING)
    public Remedy remedy;

    public String resolution;
    public Instant resolvedAt;
    public String resolvedBy;
    public Instant customerConfirmedAt;
    public Instant closedAt;

    @Version
    public long version;

    /** What this complaint's steps ask to announce, in order; taken by {@link ComplaintEvents#announce}. */
    @Transient
    private List<Announcement> announcements = new ArrayList<>();

    /** The events a complaint's steps announce. */
    public enum Announcement {
        OPENED,
        RESOLVED
    }

    /**
     * A new complaint (OPEN), to be acknowledged and resolved within the deadlines of its severity; a HIGH or
     * CRITICAL one goes to the managers at once (its {@link #escalationOnOpening} note). Announces complaint.opened.
     * Who it is about and who investigates it are the caller's to fill in.
     */
    public static Complaint open(
            Channel channel,
            Category category,
            Severity severity,
            String description,
            String openedBy,
            Instant now,
            ComplaintDeadlines deadlines) {
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.channel = channel;
        c.category = category;
        c.severity = severity;
        c.priority = ComplaintDeadlines.priority(severity);
        c.description = description;
        c.status = Status.OPEN;
        c.openedAt = now;
        c.openedBy = openedBy;
        c.acknowledgeBy = deadlines.acknowledgeBy(severity, now);
        c.resolveBy = deadlines.resolveBy(severity, now);
        if (ComplaintDeadlines.urgent(severity)) {
            c.escalatedAt = now;
        }
        c.announcements.add(Announcement.OPENED);
        return c;
    }

    /** The history's first line of a complaint that went to the managers when it was opened, else null. */
    public ComplaintNote escalationOnOpening() {
        if (escalatedAt == null || !escalatedAt.equals(openedAt)) {
            return null;
        }
        return ComplaintNote.of(
                id, openedAt, "system", ComplaintNote.Kind.ESCALATION, severity + ": to the managers at once");
    }

    /** Still OPEN and not escalated after its acknowledgement deadline: the SLA escalates it. */
    public boolean acknowledgementOverdue(Instant now) {
        return status == Status.OPEN && escalatedAt == null && acknowledgeBy.isBefore(now);
    }

    /** Not resolved by its resolution deadline. */
    public boolean resolutionOverdue(Instant now) {
        return (status == Status.OPEN || status == Status.ACKNOWLEDGED) && resolveBy.isBefore(now);
    }

    /** Whole hours since it was opened, until it closed (never negative). */
    public long ageHours(Instant now) {
        Instant end = closedAt != null ? closedAt : now;
        return Math.max(0, Duration.between(openedAt, end).toHours());
    }

    /**
     * OPEN → ACKNOWLEDGED: the customer is told it is being handled and when to expect the resolution (by default
     * the deadline of its severity; a later date only with a reason, a past one never). Whoever acknowledges an
     * unassigned complaint takes it. Returns the note to store when the promise is later than the deadline, else
     * null.
     */
    public ComplaintNote acknowledge(String by, Instant now, Instant promisedBy, String reason) {
        require(Status.OPEN);
        Instant promise = promisedBy != null ? promisedBy : resolveBy.isAfter(now) ? resolveBy : null;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (promise == null) {
            errors.add(new Problem.FieldError(
                    "expectedResolutionBy",
                    "required",
                    "The resolution deadline has passed: tell the customer a new date"));
        } else if (!promise.isAfter(now)) {
            errors.add(new Problem.FieldError(
                    "expectedResolutionBy", "future", "The date told to the customer is to come"));
        } else if (promise.isAfter(resolveBy) && (reason == null || reason.isBlank())) {
            errors.add(new Problem.FieldError(
                    "reason",
                    "requiredAfterDeadline",
                    "A date later than the deadline of its severity needs the reason"));
        }
        ProblemException.refuseIfAny(errors);
        status = Status.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = by;
        promisedResolutionBy = promise;
        if (assigneeId == null) {
            assigneeId = by;
        }
        return promise.isAfter(resolveBy)
                ? ComplaintNote.of(
                        id, now, by, ComplaintNote.Kind.NOTE, "Resolution promised for " + promise + ": " + reason)
                : null;
    }

    /** Someone else investigates it (not once closed). */
    public void assign(String assigneeId) {
        requireNotClosed();
        this.assigneeId = assigneeId;
    }

    /** An investigation note (not once closed). */
    public ComplaintNote note(String by, String text, Instant now) {
        requireNotClosed();
        return ComplaintNote.of(id, now, by, ComplaintNote.Kind.NOTE, text);
    }

    /** To the managers now, with the reason, as the SLA would when it runs out; once only, not once closed. */
    public ComplaintNote escalate(String by, String reason, Instant now) {
        requireNotClosed();
        if (escalatedAt != null) {
            throw ProblemException.conflict("The complaint is already escalated");
        }
        escalatedAt = now;
        return ComplaintNote.of(id, now, by, ComplaintNote.Kind.ESCALATION, reason);
    }

    /** The history's line when the SLA escalates it (the escalation itself is claimed by the SLA's update). */
    public ComplaintNote slaEscalationNote(Instant now) {
        String why = status == Status.OPEN && acknowledgeBy.isBefore(now)
                ? "Not acknowledged by " + acknowledgeBy
                : "Not resolved by " + resolveBy;
        return ComplaintNote.of(id, now, "system", ComplaintNote.Kind.ESCALATION, why + ": escalated to the manager");
    }

    /** Past a deadline and not yet with the managers: the SLA escalates it. */
    public boolean breached(Instant now) {
        return escalatedAt == null && (acknowledgementOverdue(now) || resolutionOverdue(now));
    }

    /** ACKNOWLEDGED → RESOLVED with a remedy and the root cause found; announces complaint.resolved. */
    public void resolve(Remedy remedy, RootCause rootCause, String resolution, String by, Instant now) {
        require(Status.ACKNOWLEDGED);
        status = Status.RESOLVED;
        this.remedy = remedy;
        this.rootCause = rootCause;
        this.resolution = resolution;
        resolvedAt = now;
        resolvedBy = by;
        announcements.add(Announcement.RESOLVED);
    }

    /**
     * The customer's answer to a RESOLVED complaint: confirmed closes it (with the note, if any); not confirmed
     * reopens the investigation (ACKNOWLEDGED) with the reason. Returns the note to store, or null.
     */
    public ComplaintNote confirm(boolean confirmed, String note, String by, Instant now) {
        require(Status.RESOLVED);
        boolean noNote = note == null || note.isBlank();
        if (confirmed) {
            status = Status.CLOSED;
            customerConfirmedAt = now;
            closedAt = now;
            return noNote ? null : ComplaintNote.of(id, now, by, ComplaintNote.Kind.NOTE, note);
        }
        status = Status.ACKNOWLEDGED;
        return ComplaintNote.of(
                id, now, by, ComplaintNote.Kind.REOPENED, noNote ? "The customer did not accept the resolution" : note);
    }

    /** The events the steps so far ask to announce (not yet taken). */
    public List<Announcement> announcements() {
        return List.copyOf(announcements);
    }

    /** The announcements, handed over once: the list is empty afterwards. */
    List<Announcement> takeAnnouncements() {
        List<Announcement> taken = List.copyOf(announcements);
        announcements.clear();
        return taken;
    }

    private void require(Status expected) {
        if (status != expected) {
            throw ProblemException.conflict("The complaint is " + status + ", not " + expected);
        }
    }

    private void requireNotClosed() {
        if (status == Status.CLOSED) {
            throw ProblemException.conflict("The complaint is closed");
        }
    }
}
