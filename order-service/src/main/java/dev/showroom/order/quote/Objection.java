package dev.showroom.order.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An objection the customer raised while negotiating a quotation. */
@Entity
@Table(name = "quote_objection")
public class Objection extends PanacheEntityBase {
    @Id
    public UUID id;

    @TenantId
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
