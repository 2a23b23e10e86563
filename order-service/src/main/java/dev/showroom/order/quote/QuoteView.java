package dev.showroom.order.quote;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.order.stock.StockCheck;
import dev.showroom.platform.http.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quotation as staff see it; money as decimal strings with two places. stock: the stock for the configuration
 * when the quote was made (available now, incoming with its ETA, or none).
 */
public record QuoteView(
        UUID id,
        UUID leadId,
        String consultantId,
        String createdBy,
        QuoteStatus status,
        String modelCode,
        String modelName,
        String trimCode,
        String trimName,
        String colourCode,
        List<String> optionCodes,
        LocalDate priceDate,
        String currency,
        List<QuoteLine> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountLimit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netPrice,
        List<Fee> fees,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feesTotal,
        TradeIn tradeIn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        Financing financing,
        StockCheck stock,
        LocalDate validUntil,
        String note,
        Instant issuedAt,
        Approval approval,
        List<ObjectionView> objections,
        Instant createdAt,
        long version)
        implements Versioned {

    public record TradeIn(
            String description,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appraisedValue) {}

    public record Approval(String decidedBy, Instant decidedAt, String note) {}

    public record ObjectionView(UUID id, ObjectionCategory category, String note, String raisedBy, Instant raisedAt) {}

    public static QuoteView of(Quote q) {
        return new QuoteView(
                q.id,
                q.leadId,
                q.consultantId,
                q.createdBy,
                q.status,
                q.modelCode,
                q.modelName,
                q.trimCode,
                q.trimName,
                q.colourCode,
                dev.showroom.order.catalogue.Catalogue.codesOf(q.optionCodes),
                q.priceDate,
                q.currency,
                q.lines,
                q.listPrice,
                q.discount,
                q.discountLimit,
                q.listPrice.subtract(q.discount),
                q.fees,
                q.feesTotal,
                new TradeIn(q.tradeInDescription, q.tradeInValue),
                q.total,
                q.financing,
                q.stockCheck,
                q.validUntil,
                q.note,
                q.issuedAt,
                q.decidedBy == null ? null : new Approval(q.decidedBy, q.decidedAt, q.decisionNote),
                Objection.ofQuote(q.id).stream()
                        .map(o -> new ObjectionView(o.id, o.category, o.note, o.raisedBy, o.raisedAt))
                        .toList(),
                q.createdAt,
                q.version);
    }
}
