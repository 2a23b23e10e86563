package dev.showroom.order.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.order.quote.Fee;
import dev.showroom.order.quote.Financing;
import dev.showroom.order.quote.Quote;
import dev.showroom.order.quote.QuoteLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the contract fixes, copied from the accepted quotation into the order: a later price list,
 * catalogue or quote change cannot alter a contract.
 */
public record ContractTerms(
        UUID quoteId,
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
        List<Fee> fees,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feesTotal,
        String tradeInDescription,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tradeInValue,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        Financing financing,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal depositAmount,
        LocalDate expectedDeliveryDate) {

    static ContractTerms of(Quote q, BigDecimal depositAmount, LocalDate expectedDeliveryDate) {
        return new ContractTerms(
                q.id,
                q.modelCode,
                q.modelName,
                q.trimCode,
                q.trimName,
                q.colourCode,
                dev.showroom.order.catalogue.Catalogue.codesOf(q.optionCodes),
                q.priceDate,
                q.currency,
                List.copyOf(q.lines),
                q.listPrice,
                q.discount,
                List.copyOf(q.fees),
                q.feesTotal,
                q.tradeInDescription,
                q.tradeInValue,
                q.total,
                q.financing,
                depositAmount,
                expectedDeliveryDate);
    }
}
