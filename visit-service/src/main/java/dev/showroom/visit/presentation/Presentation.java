package dev.showroom.visit.presentation;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/**
 * A product presentation (docs/process.md, step 5): what was shown to whom, which selling points, the reactions,
 * the competitor asked about. Its checkpoints are rows of visit_checkpoint (step PRESENTATION). It keeps no
 * free text about the customer.
 */
@Entity
@Table(name = "presentation")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Presentation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public UUID visitId;
    public UUID needsAnalysisId;
    public String consultantId;
    public String modelCode;
    public String trimCode;
    public String competitorAsked;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PresentedPoint> points;

    public Instant presentedAt;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
