package dev.showroom.order.quote;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** The financing offer of a quotation, as computed: what the customer repays each month and in all. */
public record Financing(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal downPayment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal financedAmount,
        int termMonths,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualRatePercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyInstalment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal finalInstalment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalOfInstalments,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalInterest) {}
