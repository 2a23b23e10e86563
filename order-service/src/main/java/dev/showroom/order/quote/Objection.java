package dev.showroom.order.quote;

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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** An objection the customer raised while negotiating a quotation. */
@Entity
@Table(name = "quote_objection")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Objection extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID quoteId;

    @Enumerated(EnumType.STRING)
    public ObjectionCategory category;

    public String note;
    public String raisedBy;
    public Instant raisedAt;

    public static List<Objection> ofQuote(UUID quoteId) {
        return list("quoteId = ?1 order by raisedAt", quoteId);
    }
}
