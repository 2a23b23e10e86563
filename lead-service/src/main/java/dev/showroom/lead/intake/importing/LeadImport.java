package dev.showroom.lead.intake.importing;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** One import file being worked through in chunks: how far it got and what came of it. */
@Entity
@Table(name = "lead_import")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class LeadImport extends PanacheEntityBase {

    /** A running job that has not moved for this long died with its pod. */
    static final Duration STALLED = Duration.ofMinutes(5);

    public enum Status {
        RUNNING,
        DONE,
        FAILED,
        INTERRUPTED
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String format;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int total;
    public int processed;
    public int created;
    public int merged;
    public int rejected;
    public String startedBy;
    public Instant startedAt;
    public Instant updatedAt;
    public Instant finishedAt;
    public String failure;

    /** The status as the caller should see it: a job whose pod died reads as interrupted. */
    public Status statusAt(Instant now) {
        return status == Status.RUNNING && updatedAt.plus(STALLED).isBefore(now) ? Status.INTERRUPTED : status;
    }

    void count(LeadImportRecord.Outcome outcome) {
        processed++;
        switch (outcome) {
            case CREATED -> created++;
            case MERGED -> merged++;
            case REJECTED -> rejected++;
        }
    }
}
