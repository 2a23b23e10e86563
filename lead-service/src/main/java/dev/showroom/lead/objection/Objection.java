package dev.showroom.lead.objection;

import dev.showroom.lead.prospect.ObjectionCategory;
import dev.showroom.lead.prospect.Stage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * An objection a customer raised at any step of the sales process, handled by seed 002's routine: (1) talk to the
 * decision maker, (2) hear it out, (3) confirm it, (4) tell a true objection from a pretext, (5) lock it ("is this
 * the only reason?"), (6) get a commitment ("if we solve this, will you decide now?"), (7) frame again, (8) answer.
 * The rules are {@link #check} and {@link #resolve}; docs/process.md, "Objections".
 */
@Entity
@Table(name = "objection")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Objection extends PanacheEntityBase {

    /** Where in the process the objection came up. */
    public enum Context {
        RECEPTION,
        FOLLOW_UP,
        NEEDS_ANALYSIS,
        PRESENTATION,
        TEST_DRIVE,
        NEGOTIATION,
        CLOSING,
        OTHER
    }

    /** Step (4) of the routine: a true objection, a pretext hiding another one, or not told yet. */
    public enum Genuine {
        TRUE_OBJECTION,
        PRETEXT,
        UNKNOWN
    }

    /** What the consultant recorded of the routine. */
    public record Routine(
            boolean objectorDecides,
            Genuine genuine,
            boolean onlyReasonConfirmed,
            boolean commitmentObtained,
            String answer,
            boolean resolved) {}

    public record Violation(String field, String rule, String message) {}

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public String consultantId;
    public String raisedBy;

    @Enumerated(EnumType.STRING)
    public ObjectionCategory category;

    @Enumerated(EnumType.STRING)
    public Context context;

    @Enumerated(EnumType.STRING)
    public Stage stageAt;

    public String model;
    public UUID quoteId;
    public boolean objectorDecides;

    @Enumerated(EnumType.STRING)
    public Genuine genuine;

    public boolean onlyReasonConfirmed;
    public String answer;
    public boolean commitmentObtained;
    public Instant resolvedAt;
    public String resolvedBy;
    public Instant raisedAt;
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * The routine's order: a pretext is not locked as the only reason (the real objection is behind it); a
     * commitment comes after the lock (step 6 after step 5); an objection is resolved only with the answer given.
     */
    public static List<Violation> check(Routine r) {
        List<Violation> v = new ArrayList<>();
        if (r.onlyReasonConfirmed() && r.genuine() == Genuine.PRETEXT) {
            v.add(new Violation(
                    "onlyReasonConfirmed",
                    "pretextNotLocked",
                    "A pretext is not locked as the only reason: find the true objection first"));
        }
        if (r.commitmentObtained() && !r.onlyReasonConfirmed()) {
            v.add(new Violation(
                    "commitmentObtained",
                    "lockBeforeCommitment",
                    "Confirm that this is the only reason before asking for the commitment"));
        }
        if (r.resolved() && blank(r.answer())) {
            v.add(new Violation("answer", "answerBeforeResolve", "An objection is resolved with the answer given"));
        }
        return v;
    }

    /**
     * Resolves the objection with the answer given (this one, or the one recorded before) and whether the customer
     * committed; a commitment needs the lock. Throws {@link IllegalStateException} when it is resolved already.
     */
    public List<Violation> resolve(String newAnswer, Boolean commitment, String by, Instant at) {
        if (resolved()) {
            throw new IllegalStateException("The objection is resolved already");
        }
        String a = blank(newAnswer) ? answer : newAnswer.strip();
        boolean c = commitment != null ? commitment : commitmentObtained;
        List<Violation> v = check(new Routine(objectorDecides, genuine, onlyReasonConfirmed, c, a, true));
        if (!v.isEmpty()) {
            return v;
        }
        answer = a;
        commitmentObtained = c;
        resolvedAt = at;
        resolvedBy = by;
        updatedAt = at;
        return v;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
