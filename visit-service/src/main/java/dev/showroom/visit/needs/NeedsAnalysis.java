package dev.showroom.visit.needs;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** The structured needs interview: NEADS + FORM, and the summary the customer confirmed. */
@Entity
@Table(name = "needs_analysis")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class NeedsAnalysis extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public UUID visitId;
    public String consultantId;
    // NEADS
    public String nowDriving;
    public String enjoys;
    public String wouldAlter;
    public String decisionMaker;
    public String solutionSought;
    // FORM
    public String family;
    public String occupation;
    public String recreation;
    public BigDecimal budgetMin;
    public BigDecimal budgetMax;
    public String budgetNote;
    public String summary;
    /** The catalogue's model and trim codes recommended from the analysis ({@link Recommendation}). */
    public String recommendedModel;

    public String recommendedTrim;
    public boolean summaryConfirmed;
    public Instant confirmedAt;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
