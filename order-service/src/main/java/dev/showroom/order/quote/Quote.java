package dev.showroom.order.quote;

import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/** A quotation: the configuration, its prices on the day it was made, and the negotiated figures. */
@Entity
@Table(name = "quote")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Quote extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    /** The consultant who owns the customer (the quote's owner). */
    public String consultantId;

    public String createdBy;

    @Enumerated(EnumType.STRING)
    public QuoteStatus status;

    public String modelCode;
    public String modelName;
    public String trimCode;
    public String trimName;
    public String colourCode;
    public String optionCodes;
    /** The day whose price lists priced the lines. */
    public LocalDate priceDate;

    public String currency;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<QuoteLine> lines;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Fee> fees;

    public BigDecimal listPrice;
    public BigDecimal discount;
    /** The consultant's limit that applied when the quote was made. */
    public BigDecimal discountLimit;

    public String tradeInDescription;
    public BigDecimal tradeInValue;
    public BigDecimal feesTotal;
    public BigDecimal total;

    @JdbcTypeCode(SqlTypes.JSON)
    public Financing financing;

    /** The stock for the quoted configuration when the quote was made (seed 004 §6.3). */
    @JdbcTypeCode(SqlTypes.JSON)
    public dev.showroom.order.stock.StockCheck stockCheck;

    public LocalDate validUntil;
    public String note;
    public Instant issuedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionNote;
    public Instant createdAt;

    @Version
    public long version;

    /**
     * The quotes listed ({@code GET /api/v1/quotes}): of a customer ({@code leadId}) and in a {@code status} when
     * given, of one consultant when {@code consultantId} is given (a consultant sees their own), else every
     * consultant's (a manager), in {@code sort}. The manager's approvals ({@code status=PENDING_APPROVAL}, newest
     * first) are read through the index quote_status (V6_2): QuoteListLookupTest counts what PostgreSQL reads.
     */
    public static PanacheQuery<Quote> listed(UUID leadId, QuoteStatus status, String consultantId, Sort sort) {
        Filters f = new Filters()
                .and("leadId = :lead", "lead", leadId)
                .and("status = :status", "status", status)
                .and("consultantId = :me", "me", consultantId);
        return find(f.query(), sort, f.params());
    }
}
