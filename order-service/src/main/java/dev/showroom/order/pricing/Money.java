package dev.showroom.order.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place that says how money is rounded. Amounts are {@link BigDecimal} with two places
 * (NUMERIC(14,2) in the database), never floating point. Inputs carry at most two places (validated),
 * so sums and differences are exact; only a computed figure (the monthly instalment) is rounded, and
 * it is rounded {@link RoundingMode#HALF_UP} to the cent, the commercial rule (四舍五入) customers and
 * Chinese lenders expect. Intermediate steps keep 34 significant digits (IEEE decimal128).
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final MathContext INTERMEDIATE = MathContext.DECIMAL128;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {}

    public static BigDecimal cents(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(SCALE, ROUNDING);
    }
}
