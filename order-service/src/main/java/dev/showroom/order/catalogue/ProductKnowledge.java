package dev.showroom.order.catalogue;

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
 * What a consultant presents of a model (docs/process.md, step 5; seed 002: value before price): the USP, the
 * selling points as feature, advantage and benefit (FAB) with the use scenes they fit, and the top three
 * strengths and weaknesses against each named competitor model.
 */
@Entity
@Table(name = "product_knowledge")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class ProductKnowledge extends PanacheEntityBase {

    /** A selling point; trimCode null: every trim of the model. Its id stays across edits (presentations name it). */
    public record SellingPoint(
            UUID id, String trimCode, String feature, String advantage, String benefit, List<String> scenes) {}

    /** Our strengths and the competitor's weaknesses to set against them (seed 002: three of each). */
    public record Competitor(String competitorModel, List<String> strengths, List<String> weaknesses) {}

    @Id
    public UUID modelId;

    @Column(updatable = false)
    public String dealerId;

    public String usp;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SellingPoint> sellingPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Competitor> competitors;

    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
