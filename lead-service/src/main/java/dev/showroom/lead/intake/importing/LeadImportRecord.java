package dev.showroom.lead.intake.importing;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** What was done with one record of an import job (no personal data: the lead id and a reason). */
@Entity
@Table(name = "lead_import_record")
@IdClass(LeadImportRecord.Key.class)
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class LeadImportRecord extends PanacheEntityBase {

    public enum Outcome {
        CREATED,
        MERGED,
        REJECTED
    }

    public static class Key implements Serializable {
        public UUID importId;
        public int recordNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && recordNo == k.recordNo && java.util.Objects.equals(importId, k.importId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(importId, recordNo);
        }
    }

    @Id
    public UUID importId;

    @Id
    @Column(name = "record_no")
    public int recordNo;

    @Column(updatable = false)
    public String dealerId;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public UUID leadId;
    public String reason;
}
