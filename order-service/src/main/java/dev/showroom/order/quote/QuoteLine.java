package dev.showroom.order.quote;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.order.catalogue.ItemKind;
import java.math.BigDecimal;
import java.util.UUID;

/** One priced item of a quotation (the trim, the colour, each option) and the price list it came from. */
public record QuoteLine(
        ItemKind kind,
        String code,
        String name,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        UUID priceListId) {}
